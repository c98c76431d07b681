/** The board support package SPI: exactly one BSP is attached to the machine and the kernel at a time. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.4.0")
package org.jpok.api.bsp;
