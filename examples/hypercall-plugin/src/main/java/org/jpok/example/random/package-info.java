/** Example hypercall bundle: a random-number source for partitions. Private: the bundle exports nothing. */
package org.jpok.example.random;
