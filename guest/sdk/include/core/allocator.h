/* jpok guest SDK - the partition heap (first fit, in the partition's .bss). */
#ifndef __POK_ALLOCATOR_H__
#define __POK_ALLOCATOR_H__

#include <types.h>

/* Heap bytes; a partition may define POK_CONFIG_ALLOCATOR_MEMORY_SIZE when
 * compiling the SDK's allocator.c to change it. */
#ifndef POK_CONFIG_ALLOCATOR_MEMORY_SIZE
#define POK_CONFIG_ALLOCATOR_MEMORY_SIZE 16384
#endif

void *pok_allocator_allocate(size_t needed_size);
void pok_allocator_free(void *ptr);

#endif
