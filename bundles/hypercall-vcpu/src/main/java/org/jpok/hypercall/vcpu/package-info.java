/** Built-in hypercalls 30 to 32: vCPU entry point registration and DO_IRET; 33/34 (jpok): the saved frame. */
package org.jpok.hypercall.vcpu;
