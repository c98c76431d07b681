/** Built-in hypercalls 25 to 29: IRQ routing through the meta-handler, paravirtual cli/sti, ack. */
package org.jpok.hypercall.irq;
