/** Loading i386 ET_EXEC partition images into a partition's region, every range checked. */
package org.jpok.kernel.elf;
