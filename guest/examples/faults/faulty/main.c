/* faults, faulty: one thread divides by zero (first activation at 10 ms),
 * another writes outside the partition (first activation at 20 ms). The
 * error handler prints what the health monitor recorded and stops the
 * failed thread. */
#include <core/error.h>
#include <core/partition.h>
#include <core/thread.h>
#include <libc/stdio.h>

#define MAJOR_FRAME_NS 10000000ull

static volatile int zero;

static const char *kind_name(uint8_t kind) {
  switch (kind) {
  case POK_ERROR_KIND_NUMERIC_ERROR:
    return "numeric error";
  case POK_ERROR_KIND_ILLEGAL_REQUEST:
    return "illegal request";
  case POK_ERROR_KIND_MEMORY_VIOLATION:
    return "memory violation";
  default:
    return "other";
  }
}

static void error_handler(void) {
  pok_error_status_t status;
  for (;;) {
    pok_thread_stop_self(); /* until the next error */
    if (pok_error_get(&status) == POK_ERRNO_OK) {
      printf("faulty: health monitor: %s (kind %d) in thread %u\n",
             kind_name(status.error_kind), status.error_kind, status.failed_thread);
      pok_thread_stop(status.failed_thread);
    }
  }
}

static void divider(void) {
  printf("faulty: dividing by zero\n");
  printf("faulty: result %d (not reached)\n", 100 / zero);
  pok_thread_period();
}

static void scribbler(void) {
  printf("faulty: writing outside the partition\n");
  *(volatile uint32_t *)(uintptr_t)(0x00F00000u + (uint32_t)zero) = 0xDEADBEEF;
  printf("faulty: write went through (not reached)\n");
  pok_thread_period();
}

static void start(void (*entry)(void), uint64_t period) {
  pok_thread_attr_t attr;
  uint32_t tid;
  pok_thread_attr_init(&attr);
  attr.entry = entry;
  attr.period = period;
  if (pok_thread_create(&tid, &attr) != POK_ERRNO_OK)
    printf("faulty: cannot create a thread\n");
}

int main(void) {
  if (pok_error_handler_set(error_handler, 4096) != POK_ERRNO_OK)
    printf("faulty: cannot install the error handler\n");
  start(divider, MAJOR_FRAME_NS);
  start(scribbler, 2 * MAJOR_FRAME_NS);
  pok_partition_set_mode(POK_PARTITION_MODE_NORMAL);
  return 0;
}
