/* jpok guest SDK - events (a condition with its own mutex) over lock objects. */
#ifndef __POK_LIBPOK_EVENT_H__
#define __POK_LIBPOK_EVENT_H__

#include <core/lockobj.h>
#include <errno.h>
#include <types.h>

pok_ret_t pok_event_create(pok_event_id_t *id);
pok_ret_t pok_event_lock(const pok_event_id_t id);
pok_ret_t pok_event_unlock(const pok_event_id_t id);
/* timeout in microseconds, 0 = wait forever. */
pok_ret_t pok_event_wait(const pok_event_id_t id, const uint64_t timeout);
pok_ret_t pok_event_signal(const pok_event_id_t id);
pok_ret_t pok_event_broadcast(const pok_event_id_t id);

#endif
