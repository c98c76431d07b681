/* jpok guest SDK - console output (syscall 10) and input (syscall 11).
 * Conversions: d i u o x X c s p f %, flags - + space # 0, width and
 * precision (also *), length modifiers hh h l ll (and L for f). */
#ifndef __POK_STDIO_H__
#define __POK_STDIO_H__

#include <libc/stdarg.h>
#include <types.h>

#define EOF -1

int printf(const char *format, ...) __attribute__((format(printf, 1, 2)));
int vprintf(const char *format, va_list args);
int sprintf(char *buf, const char *format, ...)
    __attribute__((format(printf, 2, 3)));
int snprintf(char *buf, size_t size, const char *format, ...)
    __attribute__((format(printf, 3, 4)));
int vsnprintf(char *buf, size_t size, const char *format, va_list args);
int puts(const char *s);
int putchar(int c);

/* One character from the console, or -1 if none is waiting. */
int getChar(void);
#define getchar() getChar()

#endif
