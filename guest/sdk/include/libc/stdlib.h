/* jpok guest SDK - rand (POK's LCG) and the partition heap. */
#ifndef __POK_STDLIB_H__
#define __POK_STDLIB_H__

#include <types.h>

#define RAND_MAX 256

int rand(void);
void srand(unsigned int seed);
void *malloc(size_t size);
void *calloc(size_t nmemb, size_t size);
void free(void *ptr);
int abs(int value);
void abort(void) __attribute__((noreturn));

#endif
