/* jpok guest SDK - APEX queuing ports over the kernel's queuing ports. The
 * kernel's queue is a byte stream, so receive asks for one message's size. */
#include <arinc653/arincutils.h>
#include <arinc653/queueing.h>
#include <middleware/port.h>

/* Maximum message size per port id, recorded at creation. */
static MESSAGE_SIZE_TYPE message_size[256];

/* APEX ns timeout to the kernel's u32 ns (0 = no wait; "forever" becomes the
 * longest wait the ABI can carry). */
static uint32_t kernel_timeout(SYSTEM_TIME_TYPE time_out) {
  if (time_out < 0 || time_out > 0xFFFFFFFFll)
    return 0xFFFFFFFFu;
  return (uint32_t)time_out;
}

void CREATE_QUEUING_PORT(char *name, MESSAGE_SIZE_TYPE max_size,
                         MESSAGE_RANGE_TYPE max_nb, PORT_DIRECTION_TYPE direction,
                         QUEUING_DISCIPLINE_TYPE discipline,
                         QUEUING_PORT_ID_TYPE *port_id,
                         RETURN_CODE_TYPE *return_code) {
  char cname[MAX_NAME_LENGTH + 1];
  pok_port_id_t id = 0;
  pok_ret_t ret;
  if (max_size <= 0 || max_nb <= 0 ||
      (direction != SOURCE && direction != DESTINATION)) {
    *return_code = INVALID_PARAM;
    return;
  }
  pok_apex_name_copy(cname, name);
  ret = pok_port_queueing_create(
      cname, (pok_port_size_t)(max_size * max_nb),
      direction == SOURCE ? POK_PORT_DIRECTION_OUT : POK_PORT_DIRECTION_IN,
      (pok_port_queueing_discipline_t)discipline, &id);
  if (ret == POK_ERRNO_OK)
    message_size[id] = max_size;
  *port_id = id;
  *return_code = pok_ret_to_apex(ret);
}

void SEND_QUEUING_MESSAGE(QUEUING_PORT_ID_TYPE port_id, MESSAGE_ADDR_TYPE addr,
                          MESSAGE_SIZE_TYPE length, SYSTEM_TIME_TYPE time_out,
                          RETURN_CODE_TYPE *return_code) {
  pok_ret_t ret;
  if (length <= 0) {
    *return_code = INVALID_PARAM;
    return;
  }
  ret = pok_port_queueing_send((pok_port_id_t)port_id, addr,
                               (pok_port_size_t)length, kernel_timeout(time_out));
  *return_code = pok_ret_to_apex(ret);
}

void RECEIVE_QUEUING_MESSAGE(QUEUING_PORT_ID_TYPE port_id,
                             SYSTEM_TIME_TYPE time_out, MESSAGE_ADDR_TYPE addr,
                             MESSAGE_SIZE_TYPE *length,
                             RETURN_CODE_TYPE *return_code) {
  pok_port_size_t len = 0;
  pok_port_size_t maxlen;
  pok_ret_t ret;
  if (port_id < 0 || port_id > 255) {
    *return_code = INVALID_PARAM;
    return;
  }
  maxlen = (pok_port_size_t)message_size[port_id];
  if (maxlen == 0) { /* not created here: fall back to the port's size */
    pok_port_queueing_status_t s;
    if (pok_port_queueing_status((pok_port_id_t)port_id, &s) == POK_ERRNO_OK)
      maxlen = s.size;
  }
  ret = pok_port_queueing_receive((pok_port_id_t)port_id,
                                  kernel_timeout(time_out), maxlen, addr, &len);
  *length = (MESSAGE_SIZE_TYPE)len;
  *return_code = pok_ret_to_apex(ret);
}

void GET_QUEUING_PORT_ID(char *name, QUEUING_PORT_ID_TYPE *port_id,
                         RETURN_CODE_TYPE *return_code) {
  char cname[MAX_NAME_LENGTH + 1];
  pok_port_id_t id = 0;
  pok_ret_t ret;
  pok_apex_name_copy(cname, name);
  ret = pok_port_queueing_id(cname, &id);
  *port_id = id;
  *return_code = pok_ret_to_apex(ret);
}

void GET_QUEUING_PORT_STATUS(QUEUING_PORT_ID_TYPE port_id,
                             QUEUING_PORT_STATUS_TYPE *status,
                             RETURN_CODE_TYPE *return_code) {
  pok_port_queueing_status_t s;
  pok_ret_t ret;
  if (port_id < 0 || port_id > 255) {
    *return_code = INVALID_PARAM;
    return;
  }
  ret = pok_port_queueing_status((pok_port_id_t)port_id, &s);
  if (ret != POK_ERRNO_OK) {
    *return_code = pok_ret_to_apex(ret);
    return;
  }
  status->MAX_MESSAGE_SIZE =
      message_size[port_id] ? message_size[port_id] : (MESSAGE_SIZE_TYPE)s.size;
  status->MAX_NB_MESSAGE =
      status->MAX_MESSAGE_SIZE > 0
          ? (MESSAGE_RANGE_TYPE)s.size / status->MAX_MESSAGE_SIZE
          : 0;
  status->NB_MESSAGE = 0; /* the kernel does not report it */
  status->PORT_DIRECTION =
      s.direction == POK_PORT_DIRECTION_OUT ? SOURCE : DESTINATION;
  status->WAITING_PROCESSES = 0;
  *return_code = NO_ERROR;
}

void CLEAR_QUEUING_PORT(QUEUING_PORT_ID_TYPE port_id,
                        RETURN_CODE_TYPE *return_code) {
  (void)port_id;
  *return_code = NOT_AVAILABLE;
}
