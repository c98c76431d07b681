/* Hypercall loop (jpok only, x86-qemu-vmm BSP): GETTICK (hypercall 20) BENCH_ITERS
 * times, a round trip through int $45 and the Java kernel each. The checksum counts
 * successful calls whose tick did not go backwards, so it equals BENCH_ITERS. */
#include <core/hypercall.h>

#include "bench.h"

int main(void) {
  uint64_t previous = 0, now = 0;
  bench_u32 good = 0;
  for (bench_u32 i = 0; i < BENCH_ITERS; i++) {
    if (pok_hypercall1(POK_HYPERCALL_GETTICK, &now) == POK_ERRNO_OK && now >= previous)
      good++;
    previous = now;
  }
  bench_report("hypercall", good);
}
