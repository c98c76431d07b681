/* jpok guest SDK - partition heap: first fit over a static pool, with a
 * header before each block and coalescing of free neighbours. */
#include <core/allocator.h>

typedef struct block {
  size_t size;       /* payload bytes */
  unsigned int free; /* 1 if free */
  struct block *next;
  unsigned int pad;  /* keeps payloads 16-byte aligned */
} block_t;

static unsigned char pool[POK_CONFIG_ALLOCATOR_MEMORY_SIZE]
    __attribute__((aligned(16)));
static block_t *first;

static void init(void) {
  first = (block_t *)pool;
  first->size = sizeof(pool) - sizeof(block_t);
  first->free = 1;
  first->next = NULL;
}

void *pok_allocator_allocate(size_t needed_size) {
  block_t *b;
  if (first == NULL)
    init();
  if (needed_size == 0 || needed_size > sizeof(pool))
    return NULL;
  needed_size = (needed_size + 15u) & ~15u;
  for (b = first; b != NULL; b = b->next) {
    if (!b->free || b->size < needed_size)
      continue;
    if (b->size >= needed_size + sizeof(block_t) + 16) {
      block_t *rest = (block_t *)((unsigned char *)(b + 1) + needed_size);
      rest->size = b->size - needed_size - sizeof(block_t);
      rest->free = 1;
      rest->next = b->next;
      b->next = rest;
      b->size = needed_size;
    }
    b->free = 0;
    return b + 1;
  }
  return NULL;
}

void pok_allocator_free(void *ptr) {
  block_t *b;
  if (ptr == NULL || first == NULL)
    return;
  for (b = first; b != NULL; b = b->next)
    if (b + 1 == ptr)
      break;
  if (b == NULL || b->free) /* not ours, or already free: ignore */
    return;
  b->free = 1;
  for (b = first; b != NULL; b = b->next)
    while (b->free && b->next != NULL && b->next->free) {
      b->size += sizeof(block_t) + b->next->size;
      b->next = b->next->next;
    }
}
