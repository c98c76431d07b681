/* The Linux side: a static i386 program with no libc. _start calls main;
 * bench_report writes the line with int $0x80 write and exits with status 0. */
#include "../bench.h"

extern int main(void);

static int linux_call3(int nr, int a, int b, int c) {
  int ret;
  __asm__ volatile("int $0x80" : "=a"(ret) : "a"(nr), "b"(a), "c"(b), "d"(c) : "memory");
  return ret;
}

void bench_report(const char *name, bench_u32 checksum) {
  char line[96];
  int n = 0;
  while (*name && n < 64)
    line[n++] = *name++;
  for (const char *s = " checksum "; *s; s++)
    line[n++] = *s;
  for (int shift = 28; shift >= 0; shift -= 4)
    line[n++] = "0123456789abcdef"[(checksum >> shift) & 15];
  line[n++] = '\n';
  linux_call3(4 /* write */, 1, (int)line, n);
  for (;;)
    linux_call3(1 /* exit */, 0, 0, 0);
}

void _start(void) __attribute__((noreturn, used));
void _start(void) {
  main();
  for (;;)
    linux_call3(1 /* exit */, 1, 0, 0); /* main never returns: bench_report exits */
}
