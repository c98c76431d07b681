/* jpok guest SDK - APEX time services (SYSTEM_TIME_TYPE is nanoseconds). */
#include <arinc653/arincutils.h>
#include <arinc653/time.h>
#include <core/thread.h>
#include <core/time.h>

void TIMED_WAIT(SYSTEM_TIME_TYPE delay_time, RETURN_CODE_TYPE *return_code) {
  if (delay_time < 0) {
    *return_code = INVALID_PARAM;
    return;
  }
  if (delay_time == 0) {
    *return_code = NO_ERROR;
    return;
  }
  *return_code = pok_ret_to_apex(
      pok_thread_sleep(((pok_time_t)delay_time + 999) / 1000));
}

void PERIODIC_WAIT(RETURN_CODE_TYPE *return_code) {
  *return_code = pok_ret_to_apex(pok_thread_period());
}

void GET_TIME(SYSTEM_TIME_TYPE *system_time, RETURN_CODE_TYPE *return_code) {
  pok_time_t now = 0;
  pok_ret_t ret = pok_time_gettick(&now);
  *system_time = (SYSTEM_TIME_TYPE)now;
  *return_code = pok_ret_to_apex(ret);
}

void REPLENISH(SYSTEM_TIME_TYPE budget_time, RETURN_CODE_TYPE *return_code) {
  (void)budget_time;
  *return_code = NOT_AVAILABLE;
}
