/* jpok guest SDK - helpers shared by the APEX wrappers. */
#include <arinc653/arincutils.h>

RETURN_CODE_TYPE pok_ret_to_apex(pok_ret_t ret) {
  switch (ret) {
  case POK_ERRNO_OK:
    return NO_ERROR;
  case POK_ERRNO_EXISTS:
  case POK_ERRNO_READY:
    return NO_ACTION;
  case POK_ERRNO_UNAVAILABLE:
  case POK_ERRNO_EMPTY:
  case POK_ERRNO_FULL:
  case POK_ERRNO_TOOMANY:
  case POK_ERRNO_LOCKOBJ_UNAVAILABLE:
  case POK_ERRNO_LOCKOBJ_NOTREADY:
    return NOT_AVAILABLE;
  case POK_ERRNO_NOTFOUND:
  case POK_ERRNO_PORT:
  case POK_ERRNO_PORTPART:
  case POK_ERRNO_DISCIPLINE:
    return INVALID_CONFIG;
  case POK_ERRNO_MODE:
  case POK_ERRNO_PARTITION_MODE:
  case POK_ERRNO_THREAD:
    return INVALID_MODE;
  case POK_ERRNO_TIMEOUT:
    return TIMED_OUT;
  default:
    return INVALID_PARAM;
  }
}

uint64_t pok_apex_timeout_us(SYSTEM_TIME_TYPE time_out) {
  if (time_out == INFINITE_TIME_VALUE || time_out < 0)
    return (uint64_t)-1;
  if (time_out == 0)
    return 0;
  return ((uint64_t)time_out + 999) / 1000;
}

void pok_apex_name_copy(char *dest, const char *name) {
  int i;
  for (i = 0; i < MAX_NAME_LENGTH && name[i] != '\0'; i++)
    dest[i] = name[i];
  dest[i] = '\0';
}

int pok_apex_name_equal(const char *a, const char *b) {
  int i;
  for (i = 0; i < MAX_NAME_LENGTH; i++) {
    if (a[i] != b[i])
      return 0;
    if (a[i] == '\0')
      return 1;
  }
  return 1;
}
