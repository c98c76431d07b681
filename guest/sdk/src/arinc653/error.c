/* jpok guest SDK - APEX health monitoring over POK's error services. */
#include <arinc653/arincutils.h>
#include <arinc653/error.h>
#include <core/error.h>
#include <core/syscall.h>
#include <libc/string.h>

void REPORT_APPLICATION_MESSAGE(MESSAGE_ADDR_TYPE addr, MESSAGE_SIZE_TYPE length,
                                RETURN_CODE_TYPE *return_code) {
  if (length < 0 || length > MAX_ERROR_MESSAGE_SIZE) {
    *return_code = INVALID_PARAM;
    return;
  }
  if (length > 0)
    pok_syscall2(POK_SYSCALL_CONSWRITE, addr, length);
  *return_code = NO_ERROR;
}

void CREATE_ERROR_HANDLER(SYSTEM_ADDRESS_TYPE entry_point,
                          STACK_SIZE_TYPE stack_size,
                          RETURN_CODE_TYPE *return_code) {
  if (entry_point == NULL) {
    *return_code = INVALID_PARAM;
    return;
  }
  *return_code = pok_ret_to_apex(
      pok_error_handler_set((void (*)(void))entry_point, stack_size));
}

static ERROR_CODE_TYPE to_apex_code(uint8_t kind) {
  switch (kind) {
  case POK_ERROR_KIND_DEADLINE_MISSED:
    return DEADLINE_MISSED;
  case POK_ERROR_KIND_APPLICATION_ERROR:
    return APPLICATION_ERROR;
  case POK_ERROR_KIND_NUMERIC_ERROR:
    return NUMERIC_ERROR;
  case POK_ERROR_KIND_STACK_OVERFLOW:
    return STACK_OVERFLOW;
  case POK_ERROR_KIND_MEMORY_VIOLATION:
    return MEMORY_VIOLATION;
  case POK_ERROR_KIND_HARDWARE_FAULT:
    return HARDWARE_FAULT;
  case POK_ERROR_KIND_POWER_FAIL:
    return POWER_FAIL;
  default:
    return ILLEGAL_REQUEST;
  }
}

void GET_ERROR_STATUS(ERROR_STATUS_TYPE *error_status,
                      RETURN_CODE_TYPE *return_code) {
  pok_error_status_t status;
  uint32_t len;
  pok_ret_t ret = pok_error_get(&status);
  if (ret != POK_ERRNO_OK) {
    *return_code = ret == POK_ERRNO_UNAVAILABLE ? NO_ACTION : pok_ret_to_apex(ret);
    return;
  }
  len = status.msg_size < MAX_ERROR_MESSAGE_SIZE ? status.msg_size
                                                 : MAX_ERROR_MESSAGE_SIZE;
  error_status->ERROR_CODE = to_apex_code(status.error_kind);
  memcpy(error_status->MESSAGE, status.msg, len);
  error_status->LENGTH = (ERROR_MESSAGE_SIZE_TYPE)len;
  error_status->FAILED_PROCESS_ID = (PROCESS_ID_TYPE)status.failed_thread;
  error_status->FAILED_ADDRESS = (SYSTEM_ADDRESS_TYPE)status.failed_addr;
  *return_code = NO_ERROR;
}

void RAISE_APPLICATION_ERROR(ERROR_CODE_TYPE error_code, MESSAGE_ADDR_TYPE addr,
                             ERROR_MESSAGE_SIZE_TYPE length,
                             RETURN_CODE_TYPE *return_code) {
  if (error_code != APPLICATION_ERROR || length < 0 ||
      length > MAX_ERROR_MESSAGE_SIZE) {
    *return_code = INVALID_PARAM;
    return;
  }
  pok_error_raise_application_error((char *)addr, (uint32_t)length);
  *return_code = NO_ERROR;
}
