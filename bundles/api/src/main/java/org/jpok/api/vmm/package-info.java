/**
 * The BSP-facing side of paravirtualization: the vmm BSP creates a {@link org.jpok.api.vmm.Vmm} (vCPUs,
 * meta-handler, hypercall dispatch) from the {@link org.jpok.api.vmm.VmmFactory} service and feeds it traps.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.2.0")
package org.jpok.api.vmm;
