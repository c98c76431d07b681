/* Syscall loop (jpok only): pok_time_gettick BENCH_ITERS times, a round trip
 * through int $42 and the Java kernel each. The checksum counts successful
 * calls whose tick did not go backwards, so it equals BENCH_ITERS. */
#include <core/time.h>

#include "bench.h"

int main(void) {
  pok_time_t previous = 0, now;
  bench_u32 good = 0;
  for (bench_u32 i = 0; i < BENCH_ITERS; i++) {
    if (pok_time_gettick(&now) == POK_ERRNO_OK && now >= previous)
      good++;
    previous = now;
  }
  bench_report("gettick", good);
}
