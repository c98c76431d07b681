/** One attached vmm BSP's state: vCPUs and meta-handler tied together, upcalls, the hypercall context. */
package org.jpok.hypercall.vmm;
