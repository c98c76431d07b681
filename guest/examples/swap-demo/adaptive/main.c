/* swap-demo, adaptive: uses hypercalls when the BSP serves them, syscalls
 * otherwise, and notices a BSP hot swap within half a second. */
#include <core/error.h>
#include <core/hypercall.h>
#include <core/partition.h>
#include <core/thread.h>
#include <core/time.h>
#include <libc/stdio.h>
#include <libc/string.h>

#define QUARTER_S_NS 250000000ull
#define HALF_S_NS 500000000ull

/* Set by the probe when a hypercall came back, cleared by the error handler
 * when one trapped. */
static volatile int hypercalls;

/* The same clock both ways: the syscall counts nanoseconds, the hypercall
 * milliseconds (as POK's vmm). */
static pok_time_t now_ms(void) {
  pok_time_t t = 0;
  if (hypercalls) {
    pok_hypercall1(POK_HYPERCALL_GETTICK, &t);
    return t;
  }
  pok_time_gettick(&t);
  return t / 1000000;
}

static void say(const char *line) {
  if (hypercalls)
    pok_hypercall2(POK_HYPERCALL_CONSWRITE, line, strlen(line));
  else
    printf("%s", line);
}

static void worker(void) {
  char line[80];
  unsigned tick = 0;
  for (;;) {
    int via = hypercalls;
    pok_time_t ms = now_ms();
    snprintf(line, sizeof line, "adaptive: tick %u at %u ms via %s\n", ++tick,
             (unsigned)ms, via ? "hypercalls" : "syscalls");
    say(line);
    pok_thread_period();
  }
}

/* One hypercall per activation: it returns under x86-qemu-vmm and traps
 * under x86-qemu. */
static void probe(void) {
  for (;;) {
    pok_time_t t;
    pok_hypercall1(POK_HYPERCALL_GETTICK, &t);
    if (!hypercalls)
      printf("adaptive: hypercalls available, switching to them\n");
    hypercalls = 1;
    pok_thread_period();
  }
}

/* The probe trapped: fall back to syscalls and let it try again at its next
 * activation. */
static void error_handler(void) {
  pok_error_status_t status;
  for (;;) {
    if (pok_error_get(&status) == POK_ERRNO_OK) {
      if (hypercalls)
        printf("adaptive: hypercalls gone, back to syscalls\n");
      hypercalls = 0;
      pok_thread_restart(status.failed_thread);
    }
    pok_thread_stop_self();
  }
}

static void start(void (*entry)(void), uint64_t period) {
  pok_thread_attr_t attr;
  uint32_t tid;
  pok_thread_attr_init(&attr);
  attr.entry = entry;
  attr.priority = 10;
  attr.period = period;
  if (pok_thread_create(&tid, &attr) != POK_ERRNO_OK)
    printf("adaptive: cannot create a thread\n");
}

int main(void) {
  if (pok_error_handler_set(error_handler, 4096) != POK_ERRNO_OK)
    printf("adaptive: cannot install the error handler\n");
  start(probe, HALF_S_NS);
  start(worker, QUARTER_S_NS);
  pok_partition_set_mode(POK_PARTITION_MODE_NORMAL);
  return 0;
}
