/* jpok guest SDK - APEX processes over POK threads. Process ids are 1-based
 * indexes into a table of kernel thread ids, as in libpok. */
#include <arinc653/arincutils.h>
#include <arinc653/process.h>
#include <core/thread.h>

#define PROCESS_TABLE_SIZE 32

static struct {
  uint32_t gid;
  PROCESS_ATTRIBUTE_TYPE attributes;
} processes[PROCESS_TABLE_SIZE];
static int nb_processes;

static int lookup(PROCESS_ID_TYPE id, uint32_t *gid) {
  if (id < 1 || id > nb_processes)
    return 0;
  *gid = processes[id - 1].gid;
  return 1;
}

void CREATE_PROCESS(PROCESS_ATTRIBUTE_TYPE *attributes, PROCESS_ID_TYPE *process_id,
                    RETURN_CODE_TYPE *return_code) {
  pok_thread_attr_t attr;
  uint32_t gid;
  pok_ret_t ret;
  int i;
  for (i = 0; i < nb_processes; i++)
    if (pok_apex_name_equal(processes[i].attributes.NAME, attributes->NAME)) {
      *return_code = NO_ACTION;
      return;
    }
  if (nb_processes >= PROCESS_TABLE_SIZE) {
    *return_code = INVALID_CONFIG;
    return;
  }
  if (attributes->BASE_PRIORITY < MIN_PRIORITY_VALUE ||
      attributes->BASE_PRIORITY > MAX_PRIORITY_VALUE ||
      attributes->ENTRY_POINT == NULL) {
    *return_code = INVALID_PARAM;
    return;
  }
  pok_thread_attr_init(&attr);
  attr.priority = (uint8_t)attributes->BASE_PRIORITY;
  attr.processor_affinity = 0;
  attr.entry = attributes->ENTRY_POINT;
  attr.period = attributes->PERIOD > 0 ? (uint64_t)attributes->PERIOD : 0;
  attr.time_capacity =
      attributes->TIME_CAPACITY > 0 ? (uint64_t)attributes->TIME_CAPACITY : 0;
  attr.deadline = 0;
  attr.stack_size = attributes->STACK_SIZE;
  attr.state = 0;
  ret = pok_thread_create(&gid, &attr);
  if (ret != POK_ERRNO_OK) {
    *return_code = pok_ret_to_apex(ret);
    return;
  }
  /* APEX processes start DORMANT: only START makes them eligible. */
  pok_thread_suspend_target(gid);
  processes[nb_processes].gid = gid;
  processes[nb_processes].attributes = *attributes;
  *process_id = ++nb_processes;
  *return_code = NO_ERROR;
}

void SET_PRIORITY(PROCESS_ID_TYPE process_id, PRIORITY_TYPE priority,
                  RETURN_CODE_TYPE *return_code) {
  uint32_t gid;
  if (!lookup(process_id, &gid) || priority < MIN_PRIORITY_VALUE ||
      priority > MAX_PRIORITY_VALUE) {
    *return_code = INVALID_PARAM;
    return;
  }
  *return_code = pok_ret_to_apex(pok_thread_set_priority(gid, (uint32_t)priority));
}

void SUSPEND_SELF(SYSTEM_TIME_TYPE time_out, RETURN_CODE_TYPE *return_code) {
  if (time_out == 0) {
    *return_code = NO_ERROR;
    return;
  }
  if (time_out != INFINITE_TIME_VALUE) { /* no timed suspension in the ABI */
    *return_code = NOT_AVAILABLE;
    return;
  }
  *return_code = pok_ret_to_apex(pok_thread_suspend());
}

void SUSPEND(PROCESS_ID_TYPE process_id, RETURN_CODE_TYPE *return_code) {
  uint32_t gid;
  if (!lookup(process_id, &gid)) {
    *return_code = INVALID_PARAM;
    return;
  }
  *return_code = pok_ret_to_apex(pok_thread_suspend_target(gid));
}

void RESUME(PROCESS_ID_TYPE process_id, RETURN_CODE_TYPE *return_code) {
  uint32_t gid;
  if (!lookup(process_id, &gid)) {
    *return_code = INVALID_PARAM;
    return;
  }
  *return_code = pok_ret_to_apex(pok_thread_resume(gid));
}

void STOP_SELF(void) { pok_thread_stop_self(); }

void STOP(PROCESS_ID_TYPE process_id, RETURN_CODE_TYPE *return_code) {
  uint32_t gid;
  if (!lookup(process_id, &gid)) {
    *return_code = INVALID_PARAM;
    return;
  }
  /* THREAD_STOP is reserved to the error handler; suspending the target
   * puts it in the same STOPPED state. */
  *return_code = pok_ret_to_apex(pok_thread_suspend_target(gid));
}

void DELAYED_START(PROCESS_ID_TYPE process_id, SYSTEM_TIME_TYPE delay_time,
                   RETURN_CODE_TYPE *return_code) {
  uint32_t gid;
  if (!lookup(process_id, &gid) || delay_time < 0) {
    *return_code = INVALID_PARAM;
    return;
  }
  *return_code = pok_ret_to_apex(
      pok_thread_delayed_start(gid, (pok_time_t)delay_time / 1000));
}

void START(PROCESS_ID_TYPE process_id, RETURN_CODE_TYPE *return_code) {
  DELAYED_START(process_id, 0, return_code);
}

void LOCK_PREEMPTION(LOCK_LEVEL_TYPE *lock_level, RETURN_CODE_TYPE *return_code) {
  *lock_level = 0;
  *return_code = NOT_AVAILABLE;
}

void UNLOCK_PREEMPTION(LOCK_LEVEL_TYPE *lock_level,
                       RETURN_CODE_TYPE *return_code) {
  *lock_level = 0;
  *return_code = NOT_AVAILABLE;
}

void GET_MY_ID(PROCESS_ID_TYPE *process_id, RETURN_CODE_TYPE *return_code) {
  uint32_t gid;
  int i;
  if (pok_thread_id(&gid) != POK_ERRNO_OK) {
    *return_code = INVALID_MODE;
    return;
  }
  for (i = 0; i < nb_processes; i++)
    if (processes[i].gid == gid) {
      *process_id = i + 1;
      *return_code = NO_ERROR;
      return;
    }
  *return_code = INVALID_MODE; /* the main thread is not a process */
}

void GET_PROCESS_ID(char *process_name, PROCESS_ID_TYPE *process_id,
                    RETURN_CODE_TYPE *return_code) {
  int i;
  for (i = 0; i < nb_processes; i++)
    if (pok_apex_name_equal(processes[i].attributes.NAME, process_name)) {
      *process_id = i + 1;
      *return_code = NO_ERROR;
      return;
    }
  *return_code = INVALID_CONFIG;
}

void GET_PROCESS_STATUS(PROCESS_ID_TYPE process_id,
                        PROCESS_STATUS_TYPE *process_status,
                        RETURN_CODE_TYPE *return_code) {
  pok_thread_attr_t attr;
  uint32_t gid;
  pok_ret_t ret;
  if (!lookup(process_id, &gid)) {
    *return_code = INVALID_PARAM;
    return;
  }
  ret = pok_thread_status(gid, &attr);
  if (ret != POK_ERRNO_OK) {
    *return_code = pok_ret_to_apex(ret);
    return;
  }
  process_status->ATTRIBUTES = processes[process_id - 1].attributes;
  process_status->CURRENT_PRIORITY = attr.priority;
  process_status->DEADLINE_TIME = (SYSTEM_TIME_TYPE)attr.deadline;
  switch (attr.state) {
  case POK_STATE_RUNNABLE:
    process_status->PROCESS_STATE = READY;
    break;
  case POK_STATE_STOPPED:
    process_status->PROCESS_STATE = DORMANT;
    break;
  default:
    process_status->PROCESS_STATE = WAITING;
    break;
  }
  *return_code = NO_ERROR;
}
