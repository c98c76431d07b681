/* jpok guest SDK - APEX buffers over the SDK's middleware buffers. */
#include <arinc653/arincutils.h>
#include <arinc653/buffer.h>
#include <middleware/buffer.h>

void CREATE_BUFFER(char *name, MESSAGE_SIZE_TYPE max_size,
                   MESSAGE_RANGE_TYPE max_nb, QUEUING_DISCIPLINE_TYPE discipline,
                   BUFFER_ID_TYPE *buffer_id, RETURN_CODE_TYPE *return_code) {
  char cname[MAX_NAME_LENGTH + 1];
  pok_buffer_id_t id = 0;
  pok_ret_t ret;
  if (max_size <= 0 || max_nb <= 0) {
    *return_code = INVALID_PARAM;
    return;
  }
  pok_apex_name_copy(cname, name);
  ret = pok_buffer_create(cname, (pok_port_size_t)max_nb,
                          (pok_port_size_t)max_size,
                          (pok_queueing_discipline_t)discipline, &id);
  *buffer_id = id;
  *return_code = ret == POK_ERRNO_SIZE ? INVALID_CONFIG : pok_ret_to_apex(ret);
}

void SEND_BUFFER(BUFFER_ID_TYPE buffer_id, MESSAGE_ADDR_TYPE addr,
                 MESSAGE_SIZE_TYPE length, SYSTEM_TIME_TYPE time_out,
                 RETURN_CODE_TYPE *return_code) {
  if (length <= 0) {
    *return_code = INVALID_PARAM;
    return;
  }
  *return_code = pok_ret_to_apex(pok_buffer_send((pok_buffer_id_t)buffer_id, addr,
                                                 (pok_port_size_t)length,
                                                 pok_apex_timeout_us(time_out)));
}

void RECEIVE_BUFFER(BUFFER_ID_TYPE buffer_id, SYSTEM_TIME_TYPE time_out,
                    MESSAGE_ADDR_TYPE addr, MESSAGE_SIZE_TYPE *length,
                    RETURN_CODE_TYPE *return_code) {
  pok_port_size_t len = 0;
  pok_ret_t ret = pok_buffer_receive((pok_buffer_id_t)buffer_id,
                                     pok_apex_timeout_us(time_out), addr, &len);
  *length = (MESSAGE_SIZE_TYPE)len;
  *return_code = pok_ret_to_apex(ret);
}

void GET_BUFFER_ID(char *name, BUFFER_ID_TYPE *buffer_id,
                   RETURN_CODE_TYPE *return_code) {
  char cname[MAX_NAME_LENGTH + 1];
  pok_buffer_id_t id = 0;
  pok_ret_t ret;
  pok_apex_name_copy(cname, name);
  ret = pok_buffer_id(cname, &id);
  *buffer_id = id;
  *return_code = pok_ret_to_apex(ret);
}

void GET_BUFFER_STATUS(BUFFER_ID_TYPE buffer_id, BUFFER_STATUS_TYPE *status,
                       RETURN_CODE_TYPE *return_code) {
  pok_buffer_status_t s;
  pok_ret_t ret = pok_buffer_status((pok_buffer_id_t)buffer_id, &s);
  if (ret != POK_ERRNO_OK) {
    *return_code = pok_ret_to_apex(ret);
    return;
  }
  status->NB_MESSAGE = s.nb_messages;
  status->MAX_NB_MESSAGE = s.max_messages;
  status->MAX_MESSAGE_SIZE = (MESSAGE_SIZE_TYPE)s.message_size;
  status->WAITING_PROCESSES = s.waiting_processes;
  *return_code = NO_ERROR;
}
