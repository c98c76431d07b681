/* two-partitions, p1: a periodic thread prints one line per major frame. */
#include <core/partition.h>
#include <core/thread.h>
#include <libc/stdio.h>

#define MAJOR_FRAME_NS 5000000ull

static void worker(void) {
  unsigned tick = 0;
  for (;;) {
    printf("p1: tick %u\n", ++tick);
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
    printf("p1: cannot create the worker\n");
  pok_partition_set_mode(POK_PARTITION_MODE_NORMAL);
  return 0;
}
