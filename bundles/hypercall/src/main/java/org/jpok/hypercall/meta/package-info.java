/** The IRQ meta-handler: per PIC line a kernel handler, per-partition handlers and waiting flags, line masking. */
package org.jpok.hypercall.meta;
