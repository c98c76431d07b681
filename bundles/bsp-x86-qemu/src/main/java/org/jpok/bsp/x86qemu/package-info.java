/** The x86-qemu BSP; exported so that the x86-qemu-vmm BSP can build on the same GDT, TSS, PIC and PIT setup. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.1.0")
package org.jpok.bsp.x86qemu;
