/* jpok guest SDK - semaphores, mutexes and events: thin wrappers over the
 * lock-object syscalls. User timeouts are microseconds; the kernel takes
 * relative nanoseconds (0 = forever). */
#include <core/event.h>
#include <core/lockobj.h>
#include <core/mutex.h>
#include <core/semaphore.h>
#include <core/syscall.h>

pok_ret_t pok_lockobj_create_kind(uint8_t *id, const pok_lockobj_attr_t *attr) {
  return pok_syscall2(POK_SYSCALL_LOCKOBJ_CREATE, id, attr);
}

pok_ret_t pok_lockobj_operate(uint8_t id, pok_lockobj_kind_t kind,
                              pok_lockobj_operation_t operation,
                              uint64_t timeout_ns) {
  pok_lockobj_lockattr_t lockattr;
  lockattr.operation = operation;
  lockattr.obj_kind = kind;
  lockattr.lock_kind = timeout_ns ? LOCKOBJ_LOCK_TIMED : LOCKOBJ_LOCK_REGULAR;
  lockattr.timeout = timeout_ns;
  return pok_syscall2(POK_SYSCALL_LOCKOBJ_OPERATION, id, &lockattr);
}

static pok_ret_t create(uint8_t *id, pok_lockobj_kind_t kind,
                        pok_queueing_discipline_t queueing,
                        pok_locking_policy_t policy, pok_sem_value_t initial,
                        pok_sem_value_t max) {
  pok_lockobj_attr_t attr;
  attr.kind = kind;
  attr.locking_policy = policy;
  attr.queueing_policy = queueing;
  attr.initial_value = initial;
  attr.max_value = max;
  return pok_lockobj_create_kind(id, &attr);
}

/* --- semaphores --- */

pok_ret_t pok_sem_create(pok_sem_id_t *id, const pok_sem_value_t current_value,
                         const pok_sem_value_t max_value,
                         const pok_queueing_discipline_t discipline) {
  return create(id, POK_LOCKOBJ_KIND_SEMAPHORE, discipline,
                POK_LOCKOBJ_POLICY_STANDARD, current_value, max_value);
}

pok_ret_t pok_sem_wait(pok_sem_id_t id, uint64_t timeout) {
  return pok_lockobj_operate(id, POK_LOCKOBJ_KIND_SEMAPHORE,
                             LOCKOBJ_OPERATION_LOCK, timeout * 1000);
}

pok_ret_t pok_sem_signal(pok_sem_id_t id) {
  return pok_lockobj_operate(id, POK_LOCKOBJ_KIND_SEMAPHORE,
                             LOCKOBJ_OPERATION_UNLOCK, 0);
}

pok_ret_t pok_sem_id(char *name, pok_sem_id_t *id) {
  (void)name;
  (void)id;
  return POK_ERRNO_UNAVAILABLE;
}

pok_ret_t pok_sem_status(pok_sem_id_t id, pok_sem_status_t *status) {
  (void)id;
  (void)status;
  return POK_ERRNO_UNAVAILABLE;
}

/* --- mutexes --- */

pok_ret_t pok_mutex_create(pok_mutex_id_t *id,
                           const pok_queueing_discipline_t queueing,
                           const pok_locking_policy_t locking_policy) {
  return create(id, POK_LOCKOBJ_KIND_MUTEX, queueing, locking_policy, 1, 1);
}

pok_ret_t pok_mutex_lock(const pok_mutex_id_t id) {
  return pok_lockobj_operate(id, POK_LOCKOBJ_KIND_MUTEX, LOCKOBJ_OPERATION_LOCK, 0);
}

pok_ret_t pok_mutex_trylock(const pok_mutex_id_t id, const uint64_t timeout) {
  return pok_lockobj_operate(id, POK_LOCKOBJ_KIND_MUTEX, LOCKOBJ_OPERATION_LOCK,
                             timeout * 1000);
}

pok_ret_t pok_mutex_unlock(const pok_mutex_id_t id) {
  return pok_lockobj_operate(id, POK_LOCKOBJ_KIND_MUTEX,
                             LOCKOBJ_OPERATION_UNLOCK, 0);
}

/* --- events --- */

pok_ret_t pok_event_create(pok_event_id_t *id) {
  uint8_t small_id = 0;
  pok_ret_t ret = create(&small_id, POK_LOCKOBJ_KIND_EVENT,
                         POK_QUEUEING_DISCIPLINE_PRIORITY,
                         POK_LOCKOBJ_POLICY_STANDARD, 0, 0);
  /* The kernel writes one byte; a u16 id would keep stale high bits. */
  *id = small_id;
  return ret;
}

pok_ret_t pok_event_lock(const pok_event_id_t id) {
  return pok_lockobj_operate(id, POK_LOCKOBJ_KIND_EVENT, LOCKOBJ_OPERATION_LOCK, 0);
}

pok_ret_t pok_event_unlock(const pok_event_id_t id) {
  return pok_lockobj_operate(id, POK_LOCKOBJ_KIND_EVENT,
                             LOCKOBJ_OPERATION_UNLOCK, 0);
}

pok_ret_t pok_event_wait(const pok_event_id_t id, const uint64_t timeout) {
  return pok_lockobj_operate(id, POK_LOCKOBJ_KIND_EVENT, LOCKOBJ_OPERATION_WAIT,
                             timeout * 1000);
}

pok_ret_t pok_event_signal(const pok_event_id_t id) {
  return pok_lockobj_operate(id, POK_LOCKOBJ_KIND_EVENT,
                             LOCKOBJ_OPERATION_SIGNAL, 0);
}

pok_ret_t pok_event_broadcast(const pok_event_id_t id) {
  return pok_lockobj_operate(id, POK_LOCKOBJ_KIND_EVENT,
                             LOCKOBJ_OPERATION_BROADCAST, 0);
}
