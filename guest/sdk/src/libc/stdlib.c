/* jpok guest SDK - rand (POK's LCG: next = next * 1103515245 + 12345,
 * result next mod 257, seed 1), heap and small helpers. */
#include <core/allocator.h>
#include <core/shutdown.h>
#include <libc/stdlib.h>
#include <libc/string.h>

static uint32_t next = 1;

int rand(void) {
  next = next * 1103515245u + 12345u;
  return (int)(next % (RAND_MAX + 1));
}

void srand(unsigned int seed) { next = seed; }

void *malloc(size_t size) { return pok_allocator_allocate(size); }

void *calloc(size_t nmemb, size_t size) {
  size_t total = nmemb * size;
  void *p;
  if (size != 0 && total / size != nmemb)
    return NULL;
  p = pok_allocator_allocate(total);
  if (p != NULL)
    memset(p, 0, total);
  return p;
}

void free(void *ptr) { pok_allocator_free(ptr); }

int abs(int value) { return value < 0 ? -value : value; }

void abort(void) { pok_shutdown(); }
