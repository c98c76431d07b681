/* jpok guest SDK - console printf (128-byte buffer flushed through
 * CONSWRITE), string printf and console input. */
#include <core/syscall.h>
#include <libc/stdio.h>
#include <libc/string.h>

#include "format.h"

#define CONSOLE_BUFFER 128

static void console_flush(format_sink_t *sink) {
  if (sink->used > 0)
    pok_syscall2(POK_SYSCALL_CONSWRITE, sink->buf, sink->used);
  sink->used = 0;
}

int vprintf(const char *format, va_list args) {
  char buf[CONSOLE_BUFFER];
  format_sink_t sink = {buf, sizeof(buf), 0, 0, console_flush};
  return format_vprint(&sink, format, args);
}

int printf(const char *format, ...) {
  va_list args;
  int n;
  va_start(args, format);
  n = vprintf(format, args);
  va_end(args);
  return n;
}

int vsnprintf(char *buf, size_t size, const char *format, va_list args) {
  char dummy;
  format_sink_t sink = {size ? buf : &dummy, size ? size - 1 : 0, 0, 0, NULL};
  int n = format_vprint(&sink, format, args);
  if (size)
    buf[sink.used] = '\0';
  return n;
}

int snprintf(char *buf, size_t size, const char *format, ...) {
  va_list args;
  int n;
  va_start(args, format);
  n = vsnprintf(buf, size, format, args);
  va_end(args);
  return n;
}

int sprintf(char *buf, const char *format, ...) {
  va_list args;
  int n;
  va_start(args, format);
  n = vsnprintf(buf, 0x7FFFFFFF, format, args);
  va_end(args);
  return n;
}

int puts(const char *s) {
  size_t len = strlen(s);
  if (len > 0)
    pok_syscall2(POK_SYSCALL_CONSWRITE, s, len);
  pok_syscall2(POK_SYSCALL_CONSWRITE, "\n", 1);
  return (int)len + 1;
}

int putchar(int c) {
  char ch = (char)c;
  pok_syscall2(POK_SYSCALL_CONSWRITE, &ch, 1);
  return (unsigned char)ch;
}

int getChar(void) {
  char c = -1;
  pok_syscall1(POK_SYSCALL_GETCHAR, &c);
  return c;
}
