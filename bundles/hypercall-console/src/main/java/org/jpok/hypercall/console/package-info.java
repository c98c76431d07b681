/** Built-in hypercall CONSWRITE (10): a partition writes a buffer to the console. */
package org.jpok.hypercall.console;
