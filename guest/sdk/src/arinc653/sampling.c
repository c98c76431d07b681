/* jpok guest SDK - APEX sampling ports over the kernel's sampling ports. */
#include <arinc653/arincutils.h>
#include <arinc653/sampling.h>
#include <middleware/port.h>

void CREATE_SAMPLING_PORT(char *name, MESSAGE_SIZE_TYPE max_size,
                          PORT_DIRECTION_TYPE direction,
                          SYSTEM_TIME_TYPE refresh_period,
                          SAMPLING_PORT_ID_TYPE *port_id,
                          RETURN_CODE_TYPE *return_code) {
  char cname[MAX_NAME_LENGTH + 1];
  pok_port_id_t id = 0;
  pok_ret_t ret;
  if (max_size <= 0 || refresh_period < 0 ||
      (direction != SOURCE && direction != DESTINATION)) {
    *return_code = INVALID_PARAM;
    return;
  }
  pok_apex_name_copy(cname, name);
  ret = pok_port_sampling_create(
      cname, (pok_port_size_t)max_size,
      direction == SOURCE ? POK_PORT_DIRECTION_OUT : POK_PORT_DIRECTION_IN,
      (uint64_t)refresh_period, &id);
  *port_id = id;
  *return_code = pok_ret_to_apex(ret);
}

void WRITE_SAMPLING_MESSAGE(SAMPLING_PORT_ID_TYPE port_id, MESSAGE_ADDR_TYPE addr,
                            MESSAGE_SIZE_TYPE length,
                            RETURN_CODE_TYPE *return_code) {
  if (length <= 0) {
    *return_code = INVALID_PARAM;
    return;
  }
  *return_code = pok_ret_to_apex(pok_port_sampling_write(
      (pok_port_id_t)port_id, addr, (pok_port_size_t)length));
}

void READ_SAMPLING_MESSAGE(SAMPLING_PORT_ID_TYPE port_id, MESSAGE_ADDR_TYPE addr,
                           MESSAGE_SIZE_TYPE *length, VALIDITY_TYPE *validity,
                           RETURN_CODE_TYPE *return_code) {
  pok_port_size_t len = 0;
  bool_t valid = 0;
  pok_ret_t ret =
      pok_port_sampling_read((pok_port_id_t)port_id, addr, &len, &valid);
  *length = (MESSAGE_SIZE_TYPE)len;
  *validity = valid ? VALID : INVALID;
  *return_code = ret == POK_ERRNO_EMPTY ? NO_ACTION : pok_ret_to_apex(ret);
}

void GET_SAMPLING_PORT_ID(char *name,
                          SAMPLING_PORT_ID_TYPE *port_id,
                          RETURN_CODE_TYPE *return_code) {
  char cname[MAX_NAME_LENGTH + 1];
  pok_port_id_t id = 0;
  pok_ret_t ret;
  pok_apex_name_copy(cname, name);
  ret = pok_port_sampling_id(cname, &id);
  *port_id = id;
  *return_code = pok_ret_to_apex(ret);
}

void GET_SAMPLING_PORT_STATUS(SAMPLING_PORT_ID_TYPE port_id,
                              SAMPLING_PORT_STATUS_TYPE *status,
                              RETURN_CODE_TYPE *return_code) {
  pok_port_sampling_status_t s;
  pok_ret_t ret = pok_port_sampling_status((pok_port_id_t)port_id, &s);
  if (ret != POK_ERRNO_OK) {
    *return_code = pok_ret_to_apex(ret);
    return;
  }
  status->REFRESH_PERIOD = (SYSTEM_TIME_TYPE)s.refresh;
  status->MAX_MESSAGE_SIZE = (MESSAGE_SIZE_TYPE)s.size;
  status->PORT_DIRECTION =
      s.direction == POK_PORT_DIRECTION_OUT ? SOURCE : DESTINATION;
  status->LAST_MSG_VALIDITY = s.validity ? VALID : INVALID;
  *return_code = NO_ERROR;
}
