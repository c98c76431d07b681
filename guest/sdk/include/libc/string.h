/* jpok guest SDK - string and memory functions. */
#ifndef __POK_STRING_H__
#define __POK_STRING_H__

#include <types.h>

void *memcpy(void *dest, const void *src, size_t count);
void *memmove(void *dest, const void *src, size_t count);
void *memset(void *dest, int value, size_t count);
int memcmp(const void *s1, const void *s2, size_t n);
size_t strlen(const char *s);
int strcmp(const char *s1, const char *s2);
int strncmp(const char *s1, const char *s2, size_t size);
char *strcpy(char *dest, const char *str);
char *strncpy(char *dest, const char *str, size_t n);
char *strcat(char *dest, const char *src);
char *strchr(const char *s, int c);
/* Writes value in radix (2..36) into buf; negative only for radix 10. */
char *itoa(int value, char *buf, int radix);
int atoi(const char *s);
/* POK's prefix compare: true if the shorter string is a prefix of the other. */
int streq(const char *s1, const char *s2);

#endif
