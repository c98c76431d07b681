/* Test-only trap layer that records every syscall instead of trapping: it
 * prints the id, nargs and arguments (pointers registered with trace_name()
 * print as their name), decodes the structures that cross the boundary, and
 * answers like a kernel would for the calls that write results. */
#include <core/error.h>
#include <core/lockobj.h>
#include <core/syscall.h>
#include <core/thread.h>
#include <libc/stdio.h>
#include <libc/string.h>

extern int main(void);
void _start(void) __attribute__((noreturn, used));
void trace_name(const void *ptr, const char *name);

static struct {
  const void *ptr;
  const char *name;
} names[32];
static int nb_names;

void trace_name(const void *ptr, const char *name) {
  names[nb_names].ptr = ptr;
  names[nb_names].name = name;
  nb_names++;
}

static int linux_write(const char *buf, uint32_t len) {
  int ret;
  __asm__ volatile("int $0x80" : "=a"(ret) : "a"(4), "b"(1), "c"(buf), "d"(len) : "memory");
  return ret;
}

static void linux_exit(int code) __attribute__((noreturn));
static void linux_exit(int code) {
  for (;;)
    __asm__ volatile("int $0x80" : : "a"(1), "b"(code));
}

static void arg(uint32_t value) {
  int i;
  char text[24];
  for (i = 0; i < nb_names; i++)
    if ((uint32_t)names[i].ptr == value) {
      linux_write(" ", 1);
      linux_write(names[i].name, strlen(names[i].name));
      return;
    }
  if (value >= 0x08000000u) /* an unnamed address (stack or data) */
    snprintf(text, sizeof text, " ptr");
  else
    snprintf(text, sizeof text, " %u", value);
  linux_write(text, strlen(text));
}

static void line(const char *fmt, ...) {
  char text[200];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(text, sizeof text, fmt, ap);
  va_end(ap);
  linux_write(text, strlen(text));
}

static uint8_t next_lockobj = 7;

pok_ret_t pok_do_syscall(pok_syscall_id_t id, pok_syscall_args_t *args) {
  if (id == POK_SYSCALL_CONSWRITE) { /* console text passes through */
    linux_write((const char *)args->arg1, args->arg2);
    return POK_ERRNO_OK;
  }
  line("sys %d n=%u", id, args->nargs);
  arg(args->arg1);
  arg(args->arg2);
  arg(args->arg3);
  arg(args->arg4);
  arg(args->arg5);
  switch (id) {
  case POK_SYSCALL_THREAD_CREATE: {
    const pok_thread_attr_t *a = (const pok_thread_attr_t *)args->arg2;
    line(" {prio %u aff %u period %llu deadline %llu capacity %llu stack %u}",
         a->priority, a->processor_affinity, a->period, a->deadline,
         a->time_capacity, a->stack_size);
    *(uint32_t *)args->arg1 = 12;
    break;
  }
  case POK_SYSCALL_LOCKOBJ_CREATE: {
    const pok_lockobj_attr_t *a = (const pok_lockobj_attr_t *)args->arg2;
    line(" {kind %d policy %d queueing %d initial %u max %u}", a->kind,
         a->locking_policy, a->queueing_policy, a->initial_value, a->max_value);
    *(uint8_t *)args->arg1 = next_lockobj++; /* the kernel writes one byte */
    break;
  }
  case POK_SYSCALL_LOCKOBJ_OPERATION: {
    const pok_lockobj_lockattr_t *a = (const pok_lockobj_lockattr_t *)args->arg2;
    line(" {op %d kind %d lock %d timeout %llu}", a->operation, a->obj_kind,
         a->lock_kind, a->timeout);
    break;
  }
  case POK_SYSCALL_ERROR_GET: {
    pok_error_kernel_status_t *s = (pok_error_kernel_status_t *)args->arg1;
    s->error_kind = POK_ERROR_KIND_NUMERIC_ERROR;
    s->failed_thread = 3;
    s->failed_addr = 0x1234;
    memcpy(s->msg, "kernel message", 14);
    s->msg_size = 14;
    break;
  }
  case POK_SYSCALL_GETTICK:
    *(uint64_t *)args->arg1 = 5000000000ull;
    break;
  case POK_SYSCALL_SHUTDOWN:
    line("\n");
    linux_exit(0);
  default:
    break;
  }
  line("\n");
  return POK_ERRNO_OK;
}

void _start(void) { linux_exit(main()); }
