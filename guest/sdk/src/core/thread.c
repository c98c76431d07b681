/* jpok guest SDK - thread services. */
#include <core/syscall.h>
#include <core/thread.h>

pok_ret_t pok_thread_create(uint32_t *thread_id, const pok_thread_attr_t *attr) {
  return pok_syscall2(POK_SYSCALL_THREAD_CREATE, thread_id, attr);
}

pok_ret_t pok_thread_attr_init(pok_thread_attr_t *attr) {
  if (attr == NULL)
    return POK_ERRNO_EINVAL;
  attr->priority = POK_THREAD_DEFAULT_PRIORITY;
  attr->entry = NULL;
  attr->period = 0;
  attr->deadline = 0;
  attr->time_capacity = 0;
  return POK_ERRNO_OK;
}

pok_ret_t pok_thread_sleep(const pok_time_t us) {
  return pok_syscall2(POK_SYSCALL_THREAD_SLEEP, (uint32_t)us, 0);
}

pok_ret_t pok_thread_period(void) {
  return pok_syscall2(POK_SYSCALL_THREAD_PERIOD, 0, 0);
}

pok_ret_t pok_thread_id(uint32_t *thread_id) {
  return pok_syscall2(POK_SYSCALL_THREAD_ID, thread_id, 0);
}

pok_ret_t pok_thread_status(const uint32_t thread_id, pok_thread_attr_t *attr) {
  return pok_syscall2(POK_SYSCALL_THREAD_STATUS, thread_id, attr);
}

pok_ret_t pok_thread_delayed_start(const uint32_t thread_id,
                                   const pok_time_t us) {
  return pok_syscall2(POK_SYSCALL_THREAD_DELAYED_START, thread_id, (uint32_t)us);
}

pok_ret_t pok_thread_set_priority(const uint32_t thread_id,
                                  const uint32_t priority) {
  return pok_syscall2(POK_SYSCALL_THREAD_SET_PRIORITY, thread_id, priority);
}

pok_ret_t pok_thread_resume(const uint32_t thread_id) {
  return pok_syscall2(POK_SYSCALL_THREAD_RESUME, thread_id, 0);
}
