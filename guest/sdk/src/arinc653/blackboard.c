/* jpok guest SDK - APEX blackboards over the SDK's middleware blackboards. */
#include <arinc653/arincutils.h>
#include <arinc653/blackboard.h>
#include <middleware/blackboard.h>

void CREATE_BLACKBOARD(char *name, MESSAGE_SIZE_TYPE max_size,
                       BLACKBOARD_ID_TYPE *blackboard_id,
                       RETURN_CODE_TYPE *return_code) {
  char cname[MAX_NAME_LENGTH + 1];
  pok_blackboard_id_t id = 0;
  pok_ret_t ret;
  if (max_size <= 0) {
    *return_code = INVALID_PARAM;
    return;
  }
  pok_apex_name_copy(cname, name);
  ret = pok_blackboard_create(cname, (pok_port_size_t)max_size, &id);
  *blackboard_id = id;
  *return_code = ret == POK_ERRNO_SIZE ? INVALID_CONFIG : pok_ret_to_apex(ret);
}

void DISPLAY_BLACKBOARD(BLACKBOARD_ID_TYPE blackboard_id, MESSAGE_ADDR_TYPE addr,
                        MESSAGE_SIZE_TYPE length, RETURN_CODE_TYPE *return_code) {
  if (length <= 0) {
    *return_code = INVALID_PARAM;
    return;
  }
  *return_code = pok_ret_to_apex(pok_blackboard_display(
      (pok_blackboard_id_t)blackboard_id, addr, (pok_port_size_t)length));
}

void READ_BLACKBOARD(BLACKBOARD_ID_TYPE blackboard_id, SYSTEM_TIME_TYPE time_out,
                     MESSAGE_ADDR_TYPE addr, MESSAGE_SIZE_TYPE *length,
                     RETURN_CODE_TYPE *return_code) {
  pok_port_size_t len = 0;
  pok_ret_t ret = pok_blackboard_read((pok_blackboard_id_t)blackboard_id,
                                      pok_apex_timeout_us(time_out), addr, &len);
  *length = (MESSAGE_SIZE_TYPE)len;
  *return_code = pok_ret_to_apex(ret);
}

void CLEAR_BLACKBOARD(BLACKBOARD_ID_TYPE blackboard_id,
                      RETURN_CODE_TYPE *return_code) {
  *return_code =
      pok_ret_to_apex(pok_blackboard_clear((pok_blackboard_id_t)blackboard_id));
}

void GET_BLACKBOARD_ID(char *name, BLACKBOARD_ID_TYPE *blackboard_id,
                       RETURN_CODE_TYPE *return_code) {
  char cname[MAX_NAME_LENGTH + 1];
  pok_blackboard_id_t id = 0;
  pok_ret_t ret;
  pok_apex_name_copy(cname, name);
  ret = pok_blackboard_id(cname, &id);
  *blackboard_id = id;
  *return_code = pok_ret_to_apex(ret);
}

void GET_BLACKBOARD_STATUS(BLACKBOARD_ID_TYPE blackboard_id,
                           BLACKBOARD_STATUS_TYPE *status,
                           RETURN_CODE_TYPE *return_code) {
  pok_blackboard_status_t s;
  pok_ret_t ret = pok_blackboard_status((pok_blackboard_id_t)blackboard_id, &s);
  if (ret != POK_ERRNO_OK) {
    *return_code = pok_ret_to_apex(ret);
    return;
  }
  status->EMPTY_INDICATOR = s.empty ? EMPTY : OCCUPIED;
  status->MAX_MESSAGE_SIZE = (MESSAGE_SIZE_TYPE)s.msg_size;
  status->WAITING_PROCESSES = s.waiting_processes;
  *return_code = NO_ERROR;
}
