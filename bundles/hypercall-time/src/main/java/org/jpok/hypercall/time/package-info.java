/** Built-in hypercall GETTICK (20): the tick counter, in milliseconds since boot. */
package org.jpok.hypercall.time;
