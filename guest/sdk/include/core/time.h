/* jpok guest SDK - time (syscall 20 GETTICK; kernel time in nanoseconds). */
#ifndef __POK_TIME_H__
#define __POK_TIME_H__

#include <core/syscall.h>
#include <errno.h>
#include <types.h>

#define pok_time_milliseconds(value) (value)
#define pok_time_seconds(value) ((value) * 1000)

pok_ret_t pok_time_gettick(pok_time_t *value);
#define pok_time_get(value) pok_time_gettick(value)

/* *absolute_time := now + relative_time; POK_ERRNO_TIME if the clock fails. */
pok_ret_t pok_time_compute_deadline(const pok_time_t relative_time,
                                    pok_time_t *absolute_time);

#endif
