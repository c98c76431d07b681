/** The kernel core: boot, memory layout, ring-0 stubs, thread contexts, dispatch, syscalls and faults. */
package org.jpok.kernel.core;
