/** The hypercall SPI: handlers keyed by the hypercall.id service property, served through int 45 under the vmm BSP. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.3.0")
package org.jpok.api.hypercall;
