/** Built-in hypercalls 30 to 32: vCPU entry point registration and DO_IRET. */
package org.jpok.hypercall.vcpu;
