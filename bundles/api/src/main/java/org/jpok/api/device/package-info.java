/** The device SPI: I/O-port devices picked up by the machine as a whiteboard, IRQ lines and the clock they schedule on. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.1.0")
package org.jpok.api.device;
