/* jpok guest SDK - string and memory functions (gcc also emits calls to
 * memcpy/memset/memmove/memcmp for structure copies). */
#include <libc/string.h>

/* Keep gcc from turning these loops into calls to themselves. */
#pragma GCC optimize("no-tree-loop-distribute-patterns")

void *memcpy(void *dest, const void *src, size_t count) {
  unsigned char *d = dest;
  const unsigned char *s = src;
  while (count--)
    *d++ = *s++;
  return dest;
}

void *memmove(void *dest, const void *src, size_t count) {
  unsigned char *d = dest;
  const unsigned char *s = src;
  if (d < s)
    while (count--)
      *d++ = *s++;
  else if (d > s)
    while (count--)
      d[count] = s[count];
  return dest;
}

void *memset(void *dest, int value, size_t count) {
  unsigned char *d = dest;
  while (count--)
    *d++ = (unsigned char)value;
  return dest;
}

int memcmp(const void *s1, const void *s2, size_t n) {
  const unsigned char *a = s1, *b = s2;
  for (; n > 0; n--, a++, b++)
    if (*a != *b)
      return *a - *b;
  return 0;
}

size_t strlen(const char *s) {
  size_t n = 0;
  while (s[n])
    n++;
  return n;
}

int strcmp(const char *s1, const char *s2) {
  const unsigned char *a = (const unsigned char *)s1;
  const unsigned char *b = (const unsigned char *)s2;
  while (*a && *a == *b) {
    a++;
    b++;
  }
  return *a - *b;
}

int strncmp(const char *s1, const char *s2, size_t size) {
  const unsigned char *a = (const unsigned char *)s1;
  const unsigned char *b = (const unsigned char *)s2;
  for (; size > 0; size--, a++, b++) {
    if (*a != *b)
      return *a - *b;
    if (*a == '\0')
      return 0;
  }
  return 0;
}

char *strcpy(char *dest, const char *str) {
  char *d = dest;
  while ((*d++ = *str++) != '\0')
    ;
  return dest;
}

char *strncpy(char *dest, const char *str, size_t n) {
  size_t i = 0;
  for (; i < n && str[i] != '\0'; i++)
    dest[i] = str[i];
  for (; i < n; i++)
    dest[i] = '\0';
  return dest;
}

char *strcat(char *dest, const char *src) {
  strcpy(dest + strlen(dest), src);
  return dest;
}

char *strchr(const char *s, int c) {
  for (;; s++) {
    if (*s == (char)c)
      return (char *)s;
    if (*s == '\0')
      return NULL;
  }
}

char *itoa(int value, char *buf, int radix) {
  char tmp[34];
  unsigned int v;
  int n = 0, i = 0;
  if (radix < 2 || radix > 36) {
    buf[0] = '\0';
    return buf;
  }
  if (radix == 10 && value < 0) {
    buf[i++] = '-';
    v = 0u - (unsigned int)value;
  } else
    v = (unsigned int)value;
  do {
    unsigned d = v % (unsigned)radix;
    tmp[n++] = (char)(d < 10 ? '0' + d : 'a' + d - 10);
    v /= (unsigned)radix;
  } while (v != 0);
  while (n > 0)
    buf[i++] = tmp[--n];
  buf[i] = '\0';
  return buf;
}

int atoi(const char *s) {
  int sign = 1;
  unsigned int v = 0;
  while (*s == ' ' || (*s >= '\t' && *s <= '\r'))
    s++;
  if (*s == '-' || *s == '+')
    sign = *s++ == '-' ? -1 : 1;
  while (*s >= '0' && *s <= '9')
    v = v * 10 + (unsigned)(*s++ - '0');
  return sign < 0 ? (int)(0u - v) : (int)v;
}

int streq(const char *s1, const char *s2) {
  while (*s1 && *s2) {
    if (*s1++ != *s2++)
      return 0;
  }
  return 1;
}
