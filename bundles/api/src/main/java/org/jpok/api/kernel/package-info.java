/** The kernel's API: booting a system, its partitions, threads and health-monitor log. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.3.0")
package org.jpok.api.kernel;
