/* jpok guest SDK - blackboards: one message inside one partition, guarded by
 * one event lock object each. Timeouts as for buffers. */
#ifndef __POK_USER_BLACKBOARD_H__
#define __POK_USER_BLACKBOARD_H__

#include <core/lockobj.h>
#include <errno.h>
#include <middleware/queue.h>
#include <types.h>

typedef struct {
  pok_bool_t ready;
  pok_bool_t empty;
  pok_size_t size;    /* size of the current message */
  pok_size_t msgsize; /* maximum message size */
  pok_size_t index;   /* offset of its storage in the data area */
  pok_range_t waiting_processes;
  pok_event_id_t lock;
  char name[POK_MIDDLEWARE_NAME_MAX + 1];
} pok_blackboard_t;

typedef struct {
  pok_port_size_t msg_size;
  pok_bool_t empty;
  pok_range_t waiting_processes;
} pok_blackboard_status_t;

pok_ret_t pok_blackboard_create(char *name, const pok_port_size_t msg_size,
                                pok_blackboard_id_t *id);
pok_ret_t pok_blackboard_read(const pok_blackboard_id_t id,
                              const uint64_t timeout, void *data,
                              pok_port_size_t *len);
pok_ret_t pok_blackboard_display(const pok_blackboard_id_t id,
                                 const void *message, const pok_port_size_t len);
pok_ret_t pok_blackboard_clear(const pok_blackboard_id_t id);
pok_ret_t pok_blackboard_id(char *name, pok_blackboard_id_t *id);
pok_ret_t pok_blackboard_status(const pok_blackboard_id_t id,
                                pok_blackboard_status_t *status);

#endif
