/* jpok guest SDK - assert: prints `file:line: func: Assertion `e' failed.`
 * and shuts the machine down, as libpok does. NDEBUG disables it. */
#ifndef __POK_ASSERT_H__
#define __POK_ASSERT_H__

void pok_assert_fail(const char *expr, const char *file, int line,
                     const char *func) __attribute__((noreturn));

#ifdef NDEBUG
#define assert(e) ((void)0)
#else
#define assert(e)                                                              \
  ((e) ? (void)0 : pok_assert_fail(#e, __FILE__, __LINE__, __func__))
#endif

#endif
