/* jpok guest SDK - assert failure report, in libpok's format. */
#include <assert.h>
#include <core/shutdown.h>
#include <libc/stdio.h>

void pok_assert_fail(const char *expr, const char *file, int line,
                     const char *func) {
  printf("%s:%d: %s: Assertion `%s' failed.\n", file, line, func, expr);
  pok_shutdown();
}
