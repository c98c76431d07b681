/* jpok guest SDK - threads (syscalls 50..65). */
#ifndef __POK_THREAD_H__
#define __POK_THREAD_H__

#include <core/syscall.h>
#include <errno.h>
#include <types.h>

#define POK_THREAD_DEFAULT_PRIORITY 42
#define POK_DEFAULT_STACK_SIZE 2048

/* 40 bytes; crosses the syscall boundary (THREAD_CREATE, THREAD_STATUS). */
typedef struct {
  uint8_t priority;
  uint8_t processor_affinity;
  void *entry;
  uint64_t period;
  uint64_t deadline;
  uint64_t time_capacity;
  uint32_t stack_size;
  uint32_t state;
} pok_thread_attr_t;

typedef enum {
  POK_STATE_STOPPED = 0,
  POK_STATE_RUNNABLE = 1,
  POK_STATE_WAITING = 2,
  POK_STATE_LOCK = 3,
  POK_STATE_WAIT_NEXT_ACTIVATION = 4,
  POK_STATE_DELAYED_START = 5
} pok_state_t;

pok_ret_t pok_thread_create(uint32_t *thread_id, const pok_thread_attr_t *attr);
pok_ret_t pok_thread_attr_init(pok_thread_attr_t *attr);
pok_ret_t pok_thread_sleep(const pok_time_t us);
pok_ret_t pok_thread_period(void);
pok_ret_t pok_thread_id(uint32_t *thread_id);
pok_ret_t pok_thread_status(const uint32_t thread_id, pok_thread_attr_t *attr);
pok_ret_t pok_thread_delayed_start(const uint32_t thread_id,
                                   const pok_time_t us);
pok_ret_t pok_thread_set_priority(const uint32_t thread_id,
                                  const uint32_t priority);
pok_ret_t pok_thread_resume(const uint32_t thread_id);

/* Absolute wake-up time in microseconds (low 32 bits travel). */
#define pok_thread_sleep_until(time)                                           \
  pok_syscall2(POK_SYSCALL_THREAD_SLEEP_UNTIL, (uint32_t)(time), 0)
#define pok_thread_suspend() pok_syscall2(POK_SYSCALL_THREAD_SUSPEND, 0, 0)
#define pok_thread_wait_infinite() pok_thread_suspend()
#define pok_thread_suspend_target(thread_id)                                   \
  pok_syscall2(POK_SYSCALL_THREAD_SUSPEND_TARGET, (thread_id), 0)
/* restart and stop take the partition-local thread index. */
#define pok_thread_restart(thread_id)                                          \
  pok_syscall2(POK_SYSCALL_THREAD_RESTART, (thread_id), 0)
#define pok_thread_stop_self() pok_syscall2(POK_SYSCALL_THREAD_STOPSELF, 0, 0)
#define pok_thread_stop(id) pok_syscall2(POK_SYSCALL_THREAD_STOP, (id), 0)

#endif
