/* two-partitions, p2: like p1, and shuts the machine down after 5 ticks. */
#include <core/partition.h>
#include <core/shutdown.h>
#include <core/thread.h>
#include <libc/stdio.h>

#define MAJOR_FRAME_NS 5000000ull

static void worker(void) {
  unsigned tick = 0;
  for (;;) {
    printf("p2: tick %u\n", ++tick);
    if (tick == 5)
      pok_shutdown();
    pok_thread_period();
  }
}

int main(void) {
  pok_thread_attr_t attr;
  uint32_t tid;
  pok_thread_attr_init(&attr);
  attr.entry = worker;
  attr.priority = 10;
  attr.period = MAJOR_FRAME_NS;
  if (pok_thread_create(&tid, &attr) != POK_ERRNO_OK)
    printf("p2: cannot create the worker\n");
  pok_partition_set_mode(POK_PARTITION_MODE_NORMAL);
  return 0;
}
