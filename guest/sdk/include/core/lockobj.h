/* jpok guest SDK - lock objects (syscalls 201 LOCKOBJ_CREATE, 202 OPERATION). */
#ifndef __POK_LIBPOK_LOCKOBJ_H__
#define __POK_LIBPOK_LOCKOBJ_H__

#include <errno.h>
#include <types.h>

typedef enum {
  POK_LOCKOBJ_KIND_MUTEX = 1,
  POK_LOCKOBJ_KIND_SEMAPHORE = 2,
  POK_LOCKOBJ_KIND_EVENT = 3
} pok_lockobj_kind_t;

typedef enum {
  POK_QUEUEING_DISCIPLINE_FIFO = 0,
  POK_QUEUEING_DISCIPLINE_PRIORITY = 1
} pok_queueing_discipline_t;

typedef enum {
  POK_LOCKOBJ_POLICY_STANDARD = 0,
  POK_LOCKOBJ_POLICY_PIP = 1,
  POK_LOCKOBJ_POLICY_PCP = 2
} pok_locking_policy_t;

/* 16 bytes; argument of LOCKOBJ_CREATE. */
typedef struct {
  pok_lockobj_kind_t kind;
  pok_locking_policy_t locking_policy;
  pok_queueing_discipline_t queueing_policy;
  pok_sem_value_t initial_value;
  pok_sem_value_t max_value;
} pok_lockobj_attr_t;

typedef enum {
  LOCKOBK_LOCK_REGULAR = 1, /* POK's spelling */
  LOCKOBJ_LOCK_TIMED = 2
} pok_lockobj_lock_kind_t;
#define LOCKOBJ_LOCK_REGULAR LOCKOBK_LOCK_REGULAR

typedef enum {
  LOCKOBJ_OPERATION_LOCK = 1,
  LOCKOBJ_OPERATION_UNLOCK = 2,
  LOCKOBJ_OPERATION_WAIT = 3,
  LOCKOBJ_OPERATION_SIGNAL = 4,
  LOCKOBJ_OPERATION_BROADCAST = 5
} pok_lockobj_operation_t;

/* 20 bytes; argument of LOCKOBJ_OPERATION. timeout: relative ns, 0 = forever. */
typedef struct {
  pok_lockobj_operation_t operation;
  pok_lockobj_kind_t obj_kind;
  pok_lockobj_lock_kind_t lock_kind;
  uint64_t timeout;
} pok_lockobj_lockattr_t;

#define POK_QUEUEING_DISCIPLINE_DEFAULT POK_QUEUEING_DISCIPLINE_FIFO
#define POK_LOCKING_DISCIPLINE_DEFAULT POK_LOCKOBJ_POLICY_STANDARD

/* Shared helpers of the semaphore, mutex and event wrappers. */
pok_ret_t pok_lockobj_create_kind(uint8_t *id, const pok_lockobj_attr_t *attr);
pok_ret_t pok_lockobj_operate(uint8_t id, pok_lockobj_kind_t kind,
                              pok_lockobj_operation_t operation,
                              uint64_t timeout_ns);

#endif
