/* Idle fast-forward (jpok only): the partition sleeps BENCH_ITERS ms of virtual time
 * in one pok_thread_sleep, so the machine has nothing to run but timer ticks and
 * partition slots. The checksum is 1 when at least that much virtual time passed. */
#include <core/thread.h>
#include <core/time.h>

#include "bench.h"

int main(void) {
  pok_time_t before = 0, after = 0;
  pok_time_gettick(&before);
  pok_thread_sleep((pok_time_t)BENCH_ITERS * 1000u); /* µs */
  pok_time_gettick(&after);
  bench_report("idle", after - before >= (pok_time_t)BENCH_ITERS * 1000000u);
}
