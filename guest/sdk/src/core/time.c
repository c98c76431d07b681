/* jpok guest SDK - time services. */
#include <core/syscall.h>
#include <core/time.h>

pok_ret_t pok_time_gettick(pok_time_t *value) {
  return pok_syscall2(POK_SYSCALL_GETTICK, value, 0);
}

pok_ret_t pok_time_compute_deadline(const pok_time_t relative_time,
                                    pok_time_t *absolute_time) {
  pok_time_t now;
  if (pok_time_gettick(&now) != POK_ERRNO_OK)
    return POK_ERRNO_TIME;
  *absolute_time = now + relative_time;
  return POK_ERRNO_OK;
}
