/* jpok guest SDK - APEX events: a latched UP/DOWN state guarded by a POK
 * event (whose own mutex protects the state). */
#include <arinc653/arincutils.h>
#include <arinc653/event.h>
#include <core/event.h>

#define EVENT_TABLE_SIZE 32

static struct {
  char name[MAX_NAME_LENGTH + 1];
  pok_event_id_t id;
  EVENT_STATE_TYPE state;
  int waiting;
} events[EVENT_TABLE_SIZE];
static int nb_events;

static int find(EVENT_ID_TYPE id) {
  int i;
  for (i = 0; i < nb_events; i++)
    if (events[i].id == id)
      return i;
  return -1;
}

void CREATE_EVENT(char *name, EVENT_ID_TYPE *event_id,
                  RETURN_CODE_TYPE *return_code) {
  pok_event_id_t id = 0;
  pok_ret_t ret;
  int i;
  for (i = 0; i < nb_events; i++)
    if (pok_apex_name_equal(events[i].name, name)) {
      *return_code = NO_ACTION;
      return;
    }
  if (nb_events >= EVENT_TABLE_SIZE) {
    *return_code = INVALID_CONFIG;
    return;
  }
  ret = pok_event_create(&id);
  if (ret != POK_ERRNO_OK) {
    *return_code = ret == POK_ERRNO_LOCKOBJ_UNAVAILABLE ? INVALID_CONFIG
                                                        : pok_ret_to_apex(ret);
    return;
  }
  pok_apex_name_copy(events[nb_events].name, name);
  events[nb_events].id = id;
  events[nb_events].state = DOWN;
  nb_events++;
  *event_id = id;
  *return_code = NO_ERROR;
}

static void set_state(EVENT_ID_TYPE event_id, EVENT_STATE_TYPE state,
                      RETURN_CODE_TYPE *return_code) {
  int i = find(event_id);
  if (i < 0) {
    *return_code = INVALID_PARAM;
    return;
  }
  pok_event_lock(events[i].id);
  events[i].state = state;
  if (state == UP)
    pok_event_broadcast(events[i].id);
  pok_event_unlock(events[i].id);
  *return_code = NO_ERROR;
}

void SET_EVENT(EVENT_ID_TYPE event_id, RETURN_CODE_TYPE *return_code) {
  set_state(event_id, UP, return_code);
}

void RESET_EVENT(EVENT_ID_TYPE event_id, RETURN_CODE_TYPE *return_code) {
  set_state(event_id, DOWN, return_code);
}

void WAIT_EVENT(EVENT_ID_TYPE event_id, SYSTEM_TIME_TYPE time_out,
                RETURN_CODE_TYPE *return_code) {
  pok_ret_t ret = POK_ERRNO_OK;
  int i = find(event_id);
  if (i < 0) {
    *return_code = INVALID_PARAM;
    return;
  }
  pok_event_lock(events[i].id);
  while (events[i].state == DOWN && ret == POK_ERRNO_OK) {
    if (time_out == 0) {
      ret = POK_ERRNO_UNAVAILABLE;
      break;
    }
    events[i].waiting++;
    ret = pok_lockobj_operate((uint8_t)events[i].id, POK_LOCKOBJ_KIND_EVENT,
                              LOCKOBJ_OPERATION_WAIT,
                              time_out < 0 ? 0 : (uint64_t)time_out);
    events[i].waiting--;
  }
  pok_event_unlock(events[i].id);
  *return_code = pok_ret_to_apex(ret);
}

void GET_EVENT_ID(char *name, EVENT_ID_TYPE *event_id,
                  RETURN_CODE_TYPE *return_code) {
  int i;
  for (i = 0; i < nb_events; i++)
    if (pok_apex_name_equal(events[i].name, name)) {
      *event_id = events[i].id;
      *return_code = NO_ERROR;
      return;
    }
  *return_code = INVALID_CONFIG;
}

void GET_EVENT_STATUS(EVENT_ID_TYPE event_id, EVENT_STATUS_TYPE *status,
                      RETURN_CODE_TYPE *return_code) {
  int i = find(event_id);
  if (i < 0) {
    *return_code = INVALID_PARAM;
    return;
  }
  status->EVENT_STATE = events[i].state;
  status->WAITING_PROCESSES = events[i].waiting;
  *return_code = NO_ERROR;
}
