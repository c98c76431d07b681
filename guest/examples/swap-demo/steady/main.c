/* swap-demo, steady: prints once a second through syscalls under either BSP,
 * and shuts the machine down after 30 seconds. */
#include <core/partition.h>
#include <core/shutdown.h>
#include <core/thread.h>
#include <libc/stdio.h>

#define SECOND_NS 1000000000ull
#define SECONDS 30

static void worker(void) {
  unsigned tick = 0;
  for (;;) {
    printf("steady: second %u\n", ++tick);
    if (tick == SECONDS)
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
  attr.period = SECOND_NS;
  if (pok_thread_create(&tid, &attr) != POK_ERRNO_OK)
    printf("steady: cannot create the worker\n");
  pok_partition_set_mode(POK_PARTITION_MODE_NORMAL);
  return 0;
}
