/* What every workload shares. A workload is one C file with main(); it runs
 * BENCH_ITERS iterations and ends with bench_report(), which prints
 * "<name> checksum <8 hex digits>" and stops the program. The same source is
 * linked with jpok/report.c into a jpok partition and with linux/start.c into
 * a static Linux i386 binary. */
#ifndef JPOK_BENCH_H
#define JPOK_BENCH_H

#ifndef BENCH_ITERS
#define BENCH_ITERS 1000
#endif

typedef unsigned int bench_u32;

void bench_report(const char *name, bench_u32 checksum) __attribute__((noreturn));

#endif
