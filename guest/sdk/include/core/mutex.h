/* jpok guest SDK - mutexes over lock objects. */
#ifndef __POK_LIBPOK_MUTEX_H__
#define __POK_LIBPOK_MUTEX_H__

#include <core/lockobj.h>
#include <errno.h>
#include <types.h>

pok_ret_t pok_mutex_create(pok_mutex_id_t *id,
                           const pok_queueing_discipline_t queueing,
                           const pok_locking_policy_t locking_policy);
pok_ret_t pok_mutex_lock(const pok_mutex_id_t id);
/* timeout in microseconds. */
pok_ret_t pok_mutex_trylock(const pok_mutex_id_t id, const uint64_t timeout);
pok_ret_t pok_mutex_unlock(const pok_mutex_id_t id);

#endif
