/* faults, healthy: keeps printing once per major frame whatever its
 * neighbour does, and stops the machine after 4 ticks. */
#include <core/partition.h>
#include <core/shutdown.h>
#include <core/thread.h>
#include <libc/stdio.h>

#define MAJOR_FRAME_NS 10000000ull

static void worker(void) {
  unsigned tick = 0;
  for (;;) {
    printf("healthy: tick %u\n", ++tick);
    if (tick == 4)
      pok_shutdown();
    pok_thread_period();
  }
}

int main(void) {
  pok_thread_attr_t attr;
  uint32_t tid;
  pok_thread_attr_init(&attr);
  attr.entry = worker;
  attr.period = MAJOR_FRAME_NS;
  pok_thread_create(&tid, &attr);
  pok_partition_set_mode(POK_PARTITION_MODE_NORMAL);
  return 0;
}
