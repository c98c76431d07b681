/* jpok guest SDK - APEX semaphores over POK lock objects, with a local name
 * table. */
#include <arinc653/arincutils.h>
#include <arinc653/semaphore.h>
#include <core/semaphore.h>

#define SEMAPHORE_TABLE_SIZE 32

static struct {
  char name[MAX_NAME_LENGTH + 1];
  pok_sem_id_t id;
  SEMAPHORE_VALUE_TYPE max;
} semaphores[SEMAPHORE_TABLE_SIZE];
static int nb_semaphores;

static int find(SEMAPHORE_ID_TYPE id) {
  int i;
  for (i = 0; i < nb_semaphores; i++)
    if (semaphores[i].id == id)
      return i;
  return -1;
}

void CREATE_SEMAPHORE(char *name, SEMAPHORE_VALUE_TYPE current,
                      SEMAPHORE_VALUE_TYPE maximum,
                      QUEUING_DISCIPLINE_TYPE discipline,
                      SEMAPHORE_ID_TYPE *semaphore_id,
                      RETURN_CODE_TYPE *return_code) {
  pok_sem_id_t id = 0;
  pok_ret_t ret;
  int i;
  if (current < 0 || maximum <= 0 || current > maximum ||
      maximum > MAX_SEMAPHORE_VALUE || (discipline != FIFO && discipline != PRIORITY)) {
    *return_code = INVALID_PARAM;
    return;
  }
  for (i = 0; i < nb_semaphores; i++)
    if (pok_apex_name_equal(semaphores[i].name, name)) {
      *return_code = NO_ACTION;
      return;
    }
  if (nb_semaphores >= SEMAPHORE_TABLE_SIZE) {
    *return_code = INVALID_CONFIG;
    return;
  }
  ret = pok_sem_create(&id, (pok_sem_value_t)current, (pok_sem_value_t)maximum,
                       (pok_queueing_discipline_t)discipline);
  if (ret != POK_ERRNO_OK) {
    *return_code = ret == POK_ERRNO_LOCKOBJ_UNAVAILABLE ? INVALID_CONFIG
                                                        : pok_ret_to_apex(ret);
    return;
  }
  pok_apex_name_copy(semaphores[nb_semaphores].name, name);
  semaphores[nb_semaphores].id = id;
  semaphores[nb_semaphores].max = maximum;
  nb_semaphores++;
  *semaphore_id = id;
  *return_code = NO_ERROR;
}

void WAIT_SEMAPHORE(SEMAPHORE_ID_TYPE semaphore_id, SYSTEM_TIME_TYPE time_out,
                    RETURN_CODE_TYPE *return_code) {
  pok_ret_t ret;
  uint64_t timeout_ns;
  if (find(semaphore_id) < 0) {
    *return_code = INVALID_PARAM;
    return;
  }
  /* The kernel's 0 means "forever"; "do not wait" becomes a 1 ns wait. */
  if (time_out == INFINITE_TIME_VALUE || time_out < 0)
    timeout_ns = 0;
  else
    timeout_ns = time_out == 0 ? 1 : (uint64_t)time_out;
  ret = pok_lockobj_operate((uint8_t)semaphore_id, POK_LOCKOBJ_KIND_SEMAPHORE,
                            LOCKOBJ_OPERATION_LOCK, timeout_ns);
  if (ret == POK_ERRNO_TIMEOUT && time_out == 0)
    *return_code = NOT_AVAILABLE;
  else
    *return_code = pok_ret_to_apex(ret);
}

void SIGNAL_SEMAPHORE(SEMAPHORE_ID_TYPE semaphore_id,
                      RETURN_CODE_TYPE *return_code) {
  if (find(semaphore_id) < 0) {
    *return_code = INVALID_PARAM;
    return;
  }
  *return_code = pok_ret_to_apex(pok_sem_signal((pok_sem_id_t)semaphore_id));
}

void GET_SEMAPHORE_ID(char *name, SEMAPHORE_ID_TYPE *semaphore_id,
                      RETURN_CODE_TYPE *return_code) {
  int i;
  for (i = 0; i < nb_semaphores; i++)
    if (pok_apex_name_equal(semaphores[i].name, name)) {
      *semaphore_id = semaphores[i].id;
      *return_code = NO_ERROR;
      return;
    }
  *return_code = INVALID_CONFIG;
}

void GET_SEMAPHORE_STATUS(SEMAPHORE_ID_TYPE semaphore_id,
                          SEMAPHORE_STATUS_TYPE *status,
                          RETURN_CODE_TYPE *return_code) {
  int i = find(semaphore_id);
  if (i < 0) {
    *return_code = INVALID_PARAM;
    return;
  }
  /* The kernel does not report a semaphore's value or waiters. */
  status->MAXIMUM_VALUE = semaphores[i].max;
  status->CURRENT_VALUE = 0;
  status->WAITING_PROCESSES = 0;
  *return_code = NOT_AVAILABLE;
}
