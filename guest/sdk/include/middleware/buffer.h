/* jpok guest SDK - buffers: message queues inside one partition, guarded by
 * one event lock object each. Timeouts are microseconds, 0 = do not wait,
 * POK_MIDDLEWARE_INFINITE_TIMEOUT = wait forever. */
#ifndef __POK_USER_BUFFER_H__
#define __POK_USER_BUFFER_H__

#include <core/lockobj.h>
#include <errno.h>
#include <middleware/queue.h>
#include <types.h>

#define POK_BUFFER_DISCIPLINE_FIFO 1
#define POK_BUFFER_DISCIPLINE_PRIORITY 2

typedef struct {
  pok_bool_t ready;
  pok_bool_t empty;
  pok_bool_t full;
  pok_size_t size;          /* capacity in messages */
  pok_size_t index;         /* offset of its storage in the data area */
  pok_port_size_t off_b;    /* oldest message (slot index) */
  pok_port_size_t off_e;    /* next free slot */
  pok_port_size_t msgsize;  /* maximum message size */
  pok_range_t waiting_processes;
  pok_queueing_discipline_t discipline;
  pok_event_id_t lock;
  pok_size_t nb_messages;
  char name[POK_MIDDLEWARE_NAME_MAX + 1];
} pok_buffer_t;

typedef struct {
  pok_range_t nb_messages;
  pok_range_t max_messages;
  pok_size_t message_size;
  pok_range_t waiting_processes;
} pok_buffer_status_t;

/* size = maximum number of messages, msg_size = maximum message size. */
pok_ret_t pok_buffer_create(char *name, const pok_port_size_t size,
                            const pok_port_size_t msg_size,
                            const pok_queueing_discipline_t discipline,
                            pok_buffer_id_t *id);
pok_ret_t pok_buffer_receive(const pok_buffer_id_t id, const uint64_t timeout,
                             void *data, pok_port_size_t *len);
pok_ret_t pok_buffer_send(const pok_buffer_id_t id, const void *data,
                          const pok_port_size_t len, const uint64_t timeout);
pok_ret_t pok_buffer_status(const pok_buffer_id_t id,
                            pok_buffer_status_t *status);
#define pok_port_buffer_status(id, status) pok_buffer_status(id, status)
pok_ret_t pok_buffer_id(char *name, pok_buffer_id_t *id);

#endif
