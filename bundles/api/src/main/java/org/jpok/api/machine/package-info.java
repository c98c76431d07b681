/** The PC board: physical memory, the virtual clock and the run loop's command queue. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.3.0")
package org.jpok.api.machine;
