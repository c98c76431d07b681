/* jpok guest SDK - APEX partition services. */
#include <arinc653/arincutils.h>
#include <arinc653/partition.h>
#include <core/partition.h>

static OPERATING_MODE_TYPE to_apex_mode(uint32_t mode) {
  switch (mode) {
  case POK_PARTITION_MODE_INIT_COLD:
    return COLD_START;
  case POK_PARTITION_MODE_INIT_WARM:
    return WARM_START;
  case POK_PARTITION_MODE_NORMAL:
    return NORMAL;
  default:
    return IDLE;
  }
}

void GET_PARTITION_STATUS(PARTITION_STATUS_TYPE *status,
                          RETURN_CODE_TYPE *return_code) {
  uint8_t id = 0;
  uint64_t period = 0, duration = 0;
  uint32_t lock_level = 0, mode = 0, start = 0;
  pok_ret_t ret = pok_current_partition_get_id(&id);
  if (ret == POK_ERRNO_OK)
    ret = pok_current_partition_get_period(&period);
  if (ret == POK_ERRNO_OK)
    ret = pok_current_partition_get_duration(&duration);
  if (ret == POK_ERRNO_OK)
    ret = pok_current_partition_get_lock_level(&lock_level);
  if (ret == POK_ERRNO_OK)
    ret = pok_current_partition_get_operating_mode(&mode);
  if (ret == POK_ERRNO_OK)
    ret = pok_current_partition_get_start_condition(&start);
  if (ret != POK_ERRNO_OK) {
    *return_code = pok_ret_to_apex(ret);
    return;
  }
  status->IDENTIFIER = id;
  status->PERIOD = (SYSTEM_TIME_TYPE)period;
  status->DURATION = (SYSTEM_TIME_TYPE)duration;
  status->LOCK_LEVEL = (LOCK_LEVEL_TYPE)lock_level;
  status->OPERATING_MODE = to_apex_mode(mode);
  status->START_CONDITION = (START_CONDITION_TYPE)start;
  *return_code = NO_ERROR;
}

void SET_PARTITION_MODE(OPERATING_MODE_TYPE operating_mode,
                        RETURN_CODE_TYPE *return_code) {
  uint32_t current = 0;
  pok_partition_mode_t target;
  switch (operating_mode) {
  case NORMAL:
    target = POK_PARTITION_MODE_NORMAL;
    break;
  case WARM_START:
    target = POK_PARTITION_MODE_INIT_WARM;
    break;
  case COLD_START:
    target = POK_PARTITION_MODE_INIT_COLD;
    break;
  case IDLE:
    target = POK_PARTITION_MODE_STOPPED; /* an idle partition runs nothing */
    break;
  default:
    *return_code = INVALID_PARAM;
    return;
  }
  if (pok_current_partition_get_operating_mode(&current) == POK_ERRNO_OK &&
      current == (uint32_t)target && target == POK_PARTITION_MODE_NORMAL) {
    *return_code = NO_ACTION;
    return;
  }
  *return_code = pok_ret_to_apex(pok_partition_set_mode(target));
}
