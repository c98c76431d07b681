/* printf and string torture program. Built three ways by LibcDifferentialTest:
 * for jpok (link check), natively over the SDK with the Linux shim, and with
 * -DHOST_GLIBC against the host's glibc; the two native runs must print the
 * same bytes. Values avoid what differs between ILP32 and LP64 (long is only
 * given values that fit in 32 bits). */
#ifdef HOST_GLIBC
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#define SIGN(x) ((x) < 0 ? -1 : (x) > 0 ? 1 : 0)
#else
#include <libc/stdio.h>
#include <libc/stdlib.h>
#include <libc/string.h>
#define SIGN(x) ((x) < 0 ? -1 : (x) > 0 ? 1 : 0)
#endif

static char buf[1024];

/* Every case is formatted by snprintf (shown with its return value) and
 * printed directly by printf. */
#define T(...)                                                                 \
  do {                                                                         \
    int n_ = snprintf(buf, sizeof buf, __VA_ARGS__);                          \
    printf("[%s] %d\n", buf, n_);                                              \
    n_ = printf(__VA_ARGS__);                                                  \
    printf(" <%d>\n", n_);                                                     \
  } while (0)

static void integers(void) {
  T("%d %i %u", 0, -1, 4000000000u);
  T("%d|%d|%d", 2147483647, -2147483647 - 1, 42);
  T("%5d|%-5d|%05d|%+d|% d|%+5d|%-+5d|", 42, 42, 42, 42, 42, -42, 7);
  T("%.3d|%.0d|%5.3d|%-8.4d|%08.3d|", 7, 0, -7, 12, 5);
  T("%x|%X|%#x|%#X|%#o|%o|%#x|%#o|", 255u, 255u, 255u, 0xabcdu, 8u, 8u, 0u, 0u);
  T("%08x|%-8x|%#010x|%.6x|%#.6x|", 0xbeefu, 0xbeefu, 0xbeefu, 0xbeefu, 0xbeefu);
  T("%hd|%hu|%hhd|%hhu|%hx|%hhx|", 70000, 70000, 300, 300, 0x12345, 0x1ff);
  T("%ld|%lu|%lx|%li|", -123456L, 4000000000UL, 0xdeadbeefUL, 77L);
  T("%lld|%llu|%llx|%llX|%llo|", -1234567890123LL, 18446744073709551615ULL,
    0x123456789abcdefULL, 0xfedcba9876543210ULL, 01234567012345670ULL);
  T("%lld|%lld|%20lld|%-20lld|%020llu|", -9223372036854775807LL - 1,
    9223372036854775807LL, 99LL, -99LL, 12345ULL);
  T("%*d|%-*d|%.*d|%*.*d|", 6, 1, 6, 2, 4, 3, 8, 5, 4);
  T("%*d|%.*d|", -6, 9, -2, 9);
  T("%zu|", (size_t)12);
}

static void chars_and_strings(void) {
  T("%c|%3c|%-3c|%c%c%c|", 'a', 'b', 'c', 'x', 'y', 'z');
  T("%s|%10s|%-10s|%.2s|%10.3s|%-10.3s|", "hello", "hello", "hello", "hello",
    "hello", "hello");
  T("%s|%.0s|%s|", "", "gone", "end");
  T("%%|%c|%%%%|", 'q');
  T("%p|%p|", (void *)0x1234, (void *)0xdeadbeef);
  T("%s", "a line longer than the console buffer of one hundred and twenty "
          "eight bytes, so that printf has to flush it through the console in "
          "more than one piece: 0123456789abcdefghij");
  T("%150s|", "right-aligned");
}

static void floats(void) {
  T("%f|%f|%f|%f|", 0.0, -0.0, 1.0, -1.5);
  T("%f|%f|%f|", 3.14159265358979, 2.718281828459045, 1.0 / 3.0);
  T("%.0f|%.0f|%.0f|%.0f|%.0f|%.0f|", 0.5, 1.5, 2.5, 3.5, -0.5, 1e-10);
  T("%.2f|%.2f|%.2f|%.1f|%.3f|", 0.125, 0.375, 1.005, 0.25, 2.0005);
  T("%.10f|%.17f|%.20f|", 0.1, 0.1, 1e-7);
  T("%f|%f|%f|", 123456789.987654321, 1e15, 9007199254740993.0);
  T("%f|", 1e300);
  T("%f|", 1.7976931348623157e308);
  T("%.30f|", 5e-324);
  T("%10.3f|%-10.3f|%010.3f|%+.2f|% .2f|%+010.2f|", 3.14159, 3.14159, -3.14159,
    2.5, 2.5, -2.5);
  T("%#.0f|%.0f|", 3.0, 3.0);
  T("%f|%F|%f|%5.1f|%-6f|", __builtin_inf(), __builtin_inf(), -__builtin_inf(),
    __builtin_nan(""), __builtin_inf());
  T("%.3f|%.3f|", 999.9995, 0.0005);
  T("%Lf|", 1.5L);
  T("%f|%f|", (float)0.1, 100.0f / 3.0f);
}

static void truncation(void) {
  char small[8];
  int n = snprintf(small, sizeof small, "%d", 123456789);
  printf("trunc [%s] %d\n", small, n);
  n = snprintf(small, 1, "abc");
  printf("trunc1 [%s] %d\n", small, n);
  n = snprintf(small, 0, "abcdef");
  printf("trunc0 %d\n", n);
  n = sprintf(buf, "%s-%d", "sprintf", 9);
  printf("sprintf [%s] %d\n", buf, n);
}

static void strings(void) {
  char a[64], b[64];
  const char *found;
  printf("strlen %d %d\n", (int)strlen(""), (int)strlen("hello"));
  printf("strcmp %d %d %d %d\n", SIGN(strcmp("abc", "abd")),
         SIGN(strcmp("abc", "abc")), SIGN(strcmp("b", "abc")),
         SIGN(strcmp("\xff", "a")));
  printf("strncmp %d %d %d\n", SIGN(strncmp("abcdef", "abcxyz", 3)),
         SIGN(strncmp("abcdef", "abcxyz", 4)), SIGN(strncmp("ab", "abc", 5)));
  printf("memcmp %d %d %d\n", SIGN(memcmp("abc", "abd", 3)),
         SIGN(memcmp("abc", "abd", 2)), SIGN(memcmp("\x80", "\x01", 1)));
  strcpy(a, "copy");
  strcat(a, "-cat");
  printf("strcpy/strcat [%s]\n", a);
  memset(b, 'x', sizeof b);
  strncpy(b, "ab", 5);
  printf("strncpy %d %d %d %d %c\n", b[0], b[1], b[2], b[4], b[5]);
  strncpy(b, "longer", 3);
  printf("strncpy short %c%c%c%c\n", b[0], b[1], b[2], b[3]);
  strcpy(a, "0123456789");
  memmove(a + 2, a, 5);
  printf("memmove up [%s]\n", a);
  strcpy(a, "0123456789");
  memmove(a, a + 3, 5);
  printf("memmove down [%s]\n", a);
  memcpy(b, "memcpy!", 8);
  printf("memcpy [%s]\n", b);
  memset(a, 0, sizeof a);
  memset(a, 'z', 3);
  printf("memset [%s]\n", a);
  found = strchr("find the t", 't');
  printf("strchr [%s] %d\n", found, strchr("abc", 'q') == NULL);
  printf("strchr nul %d\n", (int)(strchr("abc", '\0') - "abc" >= 0));
  printf("atoi %d %d %d %d %d\n", atoi("42"), atoi("  -17x"), atoi("+8"),
         atoi("abc"), atoi("2147483647"));
}

int main(void) {
  integers();
  chars_and_strings();
  floats();
  truncation();
  strings();
  printf("done\n");
  return 0;
}
