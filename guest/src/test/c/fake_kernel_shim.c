/* Test-only trap layer: a one-thread model of the kernel services that the
 * SDK's middleware and APEX wrappers use (lock objects, threads, partition
 * mode, time), so their logic runs natively. A wait that nobody could end
 * returns TIMEOUT when it has a timeout and aborts the program otherwise. */
#include <core/error.h>
#include <core/lockobj.h>
#include <core/partition.h>
#include <core/syscall.h>
#include <core/thread.h>
#include <libc/stdio.h>
#include <libc/string.h>

extern int main(void);
void _start(void) __attribute__((noreturn, used));

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

static void say(const char *fmt, ...) {
  char text[160];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(text, sizeof text, fmt, ap);
  va_end(ap);
  linux_write(text, strlen(text));
}

#define OBJECTS 16
static struct {
  int kind, value, max;
} objects[OBJECTS];
static int nb_objects;
static uint32_t mode = POK_PARTITION_MODE_INIT_WARM;
static uint32_t next_thread = 5;
static uint8_t priorities[64];
static uint64_t now = 1000000;

static pok_ret_t lockobj(uint32_t id, const pok_lockobj_lockattr_t *a) {
  if (id >= (uint32_t)nb_objects || a->obj_kind != objects[id].kind)
    return POK_ERRNO_EINVAL;
  switch (a->operation) {
  case LOCKOBJ_OPERATION_LOCK:
    if (objects[id].value > 0) {
      objects[id].value--;
      return POK_ERRNO_OK;
    }
    break;
  case LOCKOBJ_OPERATION_UNLOCK:
    if (objects[id].kind != POK_LOCKOBJ_KIND_SEMAPHORE)
      objects[id].value = 1;
    else if (objects[id].value < objects[id].max)
      objects[id].value++;
    return POK_ERRNO_OK;
  case LOCKOBJ_OPERATION_WAIT:
    if (objects[id].kind != POK_LOCKOBJ_KIND_EVENT)
      return POK_ERRNO_EINVAL;
    break; /* nobody else can signal */
  case LOCKOBJ_OPERATION_SIGNAL:
    return POK_ERRNO_NOTFOUND;
  case LOCKOBJ_OPERATION_BROADCAST:
    return POK_ERRNO_OK;
  default:
    return POK_ERRNO_EINVAL;
  }
  if (a->timeout == 0) {
    say("[kernel] object %u would block forever\n", id);
    linux_exit(3);
  }
  now += a->timeout;
  return POK_ERRNO_TIMEOUT; /* WAIT keeps its mutex: it was never released here */
}

pok_ret_t pok_do_syscall(pok_syscall_id_t id, pok_syscall_args_t *args) {
  int init = mode == POK_PARTITION_MODE_INIT_COLD || mode == POK_PARTITION_MODE_INIT_WARM;
  switch (id) {
  case POK_SYSCALL_CONSWRITE:
    linux_write((const char *)args->arg1, args->arg2);
    return POK_ERRNO_OK;
  case POK_SYSCALL_GETTICK:
    *(uint64_t *)args->arg1 = now;
    return POK_ERRNO_OK;
  case POK_SYSCALL_LOCKOBJ_CREATE: {
    const pok_lockobj_attr_t *a = (const pok_lockobj_attr_t *)args->arg2;
    if (!init)
      return POK_ERRNO_MODE;
    if (nb_objects == OBJECTS)
      return POK_ERRNO_LOCKOBJ_UNAVAILABLE;
    objects[nb_objects].kind = a->kind;
    objects[nb_objects].value = a->kind == POK_LOCKOBJ_KIND_SEMAPHORE ? a->initial_value : 1;
    objects[nb_objects].max = a->max_value;
    *(uint8_t *)args->arg1 = (uint8_t)nb_objects++;
    return POK_ERRNO_OK;
  }
  case POK_SYSCALL_LOCKOBJ_OPERATION:
    return lockobj(args->arg1 & 0xFF, (const pok_lockobj_lockattr_t *)args->arg2);
  case POK_SYSCALL_THREAD_CREATE: {
    const pok_thread_attr_t *a = (const pok_thread_attr_t *)args->arg2;
    if (!init)
      return POK_ERRNO_MODE;
    priorities[next_thread] = a->priority;
    say("[kernel] thread %u created: priority %u period %llu capacity %llu\n",
        next_thread, a->priority, a->period, a->time_capacity);
    *(uint32_t *)args->arg1 = next_thread++;
    return POK_ERRNO_OK;
  }
  case POK_SYSCALL_THREAD_SUSPEND_TARGET:
    say("[kernel] thread %u suspended\n", args->arg1);
    return POK_ERRNO_OK;
  case POK_SYSCALL_THREAD_DELAYED_START:
    say("[kernel] thread %u starts after %u us\n", args->arg1, args->arg2);
    return POK_ERRNO_OK;
  case POK_SYSCALL_THREAD_SET_PRIORITY:
    priorities[args->arg1 & 63] = (uint8_t)args->arg2;
    return POK_ERRNO_OK;
  case POK_SYSCALL_THREAD_STATUS: {
    pok_thread_attr_t *a = (pok_thread_attr_t *)args->arg2;
    memset(a, 0, sizeof *a);
    a->priority = priorities[args->arg1 & 63];
    a->state = POK_STATE_RUNNABLE;
    return POK_ERRNO_OK;
  }
  case POK_SYSCALL_THREAD_SLEEP:
    say("[kernel] sleep %u us\n", args->arg1);
    now += (uint64_t)args->arg1 * 1000;
    return POK_ERRNO_OK;
  case POK_SYSCALL_PARTITION_SET_MODE:
    say("[kernel] partition mode %u\n", args->arg1);
    mode = args->arg1;
    return POK_ERRNO_OK;
  case POK_SYSCALL_PARTITION_GET_OPERATING_MODE:
  case POK_SYSCALL_PARTITION_GET_LOCK_LEVEL:
  case POK_SYSCALL_PARTITION_GET_START_CONDITION:
    *(uint32_t *)args->arg1 = id == POK_SYSCALL_PARTITION_GET_OPERATING_MODE ? mode : 0;
    return POK_ERRNO_OK;
  case POK_SYSCALL_PARTITION_GET_ID:
    *(uint8_t *)args->arg1 = 2;
    return POK_ERRNO_OK;
  case POK_SYSCALL_PARTITION_GET_PERIOD:
  case POK_SYSCALL_PARTITION_GET_DURATION:
    *(uint64_t *)args->arg1 = id == POK_SYSCALL_PARTITION_GET_DURATION ? 5000000 : 0;
    return POK_ERRNO_OK;
  case POK_SYSCALL_ERROR_RAISE_APPLICATION_ERROR:
    say("[kernel] application error '%s' (%u bytes)\n", (const char *)args->arg1, args->arg2);
    return POK_ERRNO_OK;
  case POK_SYSCALL_ERROR_GET:
    return POK_ERRNO_UNAVAILABLE;
  case POK_SYSCALL_SHUTDOWN:
    linux_exit(0);
  default:
    say("[kernel] unexpected syscall %d\n", id);
    return POK_ERRNO_EINVAL;
  }
}

void _start(void) { linux_exit(main()); }
