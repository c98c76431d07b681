/** POK's syscall ABI: ids, the argument block, structure layouts, selectors and the pointer bounds rule. */
package org.jpok.kernel.syscall;
