/* jpok guest SDK (private) - names and timeouts shared by buffers and
 * blackboards. */
#ifndef __POK_SDK_MIDDLEWARE_NAMES_H__
#define __POK_SDK_MIDDLEWARE_NAMES_H__

#include <core/event.h>
#include <libc/string.h>
#include <middleware/queue.h>

static inline void middleware_name_copy(char *dest, const char *name) {
  size_t i;
  for (i = 0; i < POK_MIDDLEWARE_NAME_MAX && name[i] != '\0'; i++)
    dest[i] = name[i];
  dest[i] = '\0';
}

static inline int middleware_name_equal(const char *stored, const char *name) {
  size_t i;
  for (i = 0; i < POK_MIDDLEWARE_NAME_MAX; i++) {
    if (stored[i] != name[i])
      return 0;
    if (stored[i] == '\0')
      return 1;
  }
  return 1;
}

/* Waits on the (locked) event: POK_ERRNO_TIMEOUT when the time is up.
 * A timeout of 0 never gets here (callers answer FULL/EMPTY instead). */
static inline pok_ret_t middleware_wait(pok_event_id_t lock, uint64_t timeout_us) {
  return pok_event_wait(lock, timeout_us == POK_MIDDLEWARE_INFINITE_TIMEOUT
                                  ? 0
                                  : timeout_us);
}

#endif
