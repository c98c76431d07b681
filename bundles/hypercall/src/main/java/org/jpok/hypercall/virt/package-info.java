/** Per-partition virtual CPUs: virtual interrupt flag, virtual IRQ slots, saved interrupted frames. */
package org.jpok.hypercall.virt;
