/** The i386 core as the machine and the kernel see it: run for a budget, whole register contexts, the bus it reaches memory and ports through. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.2.0")
package org.jpok.api.cpu;
