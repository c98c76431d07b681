/* jpok guest SDK (private) - the printf engine behind printf, vsnprintf... */
#ifndef __POK_SDK_FORMAT_H__
#define __POK_SDK_FORMAT_H__

#include <libc/stdarg.h>
#include <types.h>

/* Receives the formatted characters; flush is called when buf is full and
 * once at the end (it may be NULL for a plain memory sink). */
typedef struct format_sink {
  char *buf;
  size_t size;  /* capacity of buf */
  size_t used;  /* characters currently in buf */
  size_t total; /* characters produced so far */
  void (*flush)(struct format_sink *sink);
} format_sink_t;

void format_put(format_sink_t *sink, char c);
int format_vprint(format_sink_t *sink, const char *fmt, va_list args);

#endif
