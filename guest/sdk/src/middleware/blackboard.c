/* jpok guest SDK - blackboards: one displayed message inside one partition. */
#include <middleware/blackboard.h>

#include "names.h"

static pok_blackboard_t boards[POK_CONFIG_NB_BLACKBOARDS];
static unsigned char data_area[POK_USER_QUEUE_DATA_SIZE] __attribute__((aligned(4)));
static pok_size_t data_used;

pok_ret_t pok_blackboard_create(char *name, const pok_port_size_t msg_size,
                                pok_blackboard_id_t *id) {
  pok_blackboard_id_t i;
  pok_blackboard_t *b = NULL;
  pok_ret_t ret;
  if (name == NULL || id == NULL || msg_size == 0)
    return POK_ERRNO_EINVAL;
  for (i = 0; i < POK_CONFIG_NB_BLACKBOARDS; i++) {
    if (boards[i].ready && middleware_name_equal(boards[i].name, name)) {
      *id = i;
      return POK_ERRNO_READY;
    }
    if (!boards[i].ready && b == NULL)
      b = &boards[i];
  }
  if (b == NULL)
    return POK_ERRNO_TOOMANY;
  if (msg_size > sizeof(data_area) - data_used)
    return POK_ERRNO_SIZE;
  ret = pok_event_create(&b->lock);
  if (ret != POK_ERRNO_OK)
    return ret;
  b->msgsize = msg_size;
  b->index = data_used;
  data_used += (msg_size + 3u) & ~3u;
  b->size = 0;
  b->empty = TRUE;
  b->waiting_processes = 0;
  middleware_name_copy(b->name, name);
  b->ready = TRUE;
  *id = (uint8_t)(b - boards);
  return POK_ERRNO_OK;
}

static pok_blackboard_t *lookup(pok_blackboard_id_t id) {
  if (id >= POK_CONFIG_NB_BLACKBOARDS || !boards[id].ready)
    return NULL;
  return &boards[id];
}

pok_ret_t pok_blackboard_display(const pok_blackboard_id_t id,
                                 const void *message, const pok_port_size_t len) {
  pok_blackboard_t *b = lookup(id);
  if (b == NULL || message == NULL)
    return POK_ERRNO_EINVAL;
  if (len > b->msgsize)
    return POK_ERRNO_SIZE;
  pok_event_lock(b->lock);
  memcpy(data_area + b->index, message, len);
  b->size = len;
  b->empty = FALSE;
  pok_event_broadcast(b->lock);
  pok_event_unlock(b->lock);
  return POK_ERRNO_OK;
}

pok_ret_t pok_blackboard_read(const pok_blackboard_id_t id,
                              const uint64_t timeout, void *data,
                              pok_port_size_t *len) {
  pok_blackboard_t *b = lookup(id);
  pok_ret_t ret = POK_ERRNO_OK;
  if (b == NULL || data == NULL || len == NULL)
    return POK_ERRNO_EINVAL;
  pok_event_lock(b->lock);
  while (b->empty && ret == POK_ERRNO_OK) {
    if (timeout == 0) {
      ret = POK_ERRNO_EMPTY;
      break;
    }
    b->waiting_processes++;
    ret = middleware_wait(b->lock, timeout);
    b->waiting_processes--;
  }
  if (ret == POK_ERRNO_OK) {
    memcpy(data, data_area + b->index, b->size);
    *len = b->size;
  }
  pok_event_unlock(b->lock);
  return ret;
}

pok_ret_t pok_blackboard_clear(const pok_blackboard_id_t id) {
  pok_blackboard_t *b = lookup(id);
  if (b == NULL)
    return POK_ERRNO_EINVAL;
  pok_event_lock(b->lock);
  b->empty = TRUE;
  b->size = 0;
  pok_event_unlock(b->lock);
  return POK_ERRNO_OK;
}

pok_ret_t pok_blackboard_id(char *name, pok_blackboard_id_t *id) {
  pok_blackboard_id_t i;
  for (i = 0; i < POK_CONFIG_NB_BLACKBOARDS; i++)
    if (boards[i].ready && middleware_name_equal(boards[i].name, name)) {
      *id = i;
      return POK_ERRNO_OK;
    }
  return POK_ERRNO_NOTFOUND;
}

pok_ret_t pok_blackboard_status(const pok_blackboard_id_t id,
                                pok_blackboard_status_t *status) {
  pok_blackboard_t *b = lookup(id);
  if (b == NULL || status == NULL)
    return POK_ERRNO_EINVAL;
  status->waiting_processes = b->waiting_processes;
  status->msg_size = b->msgsize;
  status->empty = b->empty;
  return POK_ERRNO_OK;
}
