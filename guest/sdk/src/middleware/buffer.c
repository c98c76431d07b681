/* jpok guest SDK - buffers: bounded message queues inside one partition.
 * Each slot stores a length word then up to msgsize bytes. */
#include <middleware/buffer.h>

#include "names.h"

static pok_buffer_t buffers[POK_CONFIG_NB_BUFFERS];
static unsigned char data_area[POK_USER_QUEUE_DATA_SIZE] __attribute__((aligned(4)));
static pok_size_t data_used;

static size_t slot_size(const pok_buffer_t *b) {
  return (sizeof(uint32_t) + b->msgsize + 3u) & ~3u;
}

static unsigned char *slot(const pok_buffer_t *b, pok_size_t index) {
  return data_area + b->index + index * slot_size(b);
}

pok_ret_t pok_buffer_create(char *name, const pok_port_size_t size,
                            const pok_port_size_t msg_size,
                            const pok_queueing_discipline_t discipline,
                            pok_buffer_id_t *id) {
  pok_buffer_id_t i;
  pok_buffer_t *b = NULL;
  pok_ret_t ret;
  size_t needed;
  if (name == NULL || id == NULL || size == 0 || msg_size == 0)
    return POK_ERRNO_EINVAL;
  for (i = 0; i < POK_CONFIG_NB_BUFFERS; i++) {
    if (buffers[i].ready && middleware_name_equal(buffers[i].name, name)) {
      *id = i;
      return POK_ERRNO_READY;
    }
    if (!buffers[i].ready && b == NULL)
      b = &buffers[i];
  }
  if (b == NULL)
    return POK_ERRNO_TOOMANY;
  b->msgsize = msg_size;
  needed = slot_size(b) * size;
  if (needed / size != slot_size(b) || needed > sizeof(data_area) - data_used)
    return POK_ERRNO_SIZE;
  ret = pok_event_create(&b->lock);
  if (ret != POK_ERRNO_OK)
    return ret;
  b->size = size;
  b->index = data_used;
  data_used += needed;
  b->off_b = 0;
  b->off_e = 0;
  b->nb_messages = 0;
  b->empty = TRUE;
  b->full = FALSE;
  b->waiting_processes = 0;
  b->discipline = discipline;
  middleware_name_copy(b->name, name);
  b->ready = TRUE;
  *id = (uint8_t)(b - buffers);
  return POK_ERRNO_OK;
}

static pok_buffer_t *lookup(pok_buffer_id_t id) {
  if (id >= POK_CONFIG_NB_BUFFERS || !buffers[id].ready)
    return NULL;
  return &buffers[id];
}

pok_ret_t pok_buffer_send(const pok_buffer_id_t id, const void *data,
                          const pok_port_size_t len, const uint64_t timeout) {
  pok_buffer_t *b = lookup(id);
  pok_ret_t ret = POK_ERRNO_OK;
  unsigned char *s;
  if (b == NULL || data == NULL)
    return POK_ERRNO_EINVAL;
  if (len == 0 || len > b->msgsize)
    return POK_ERRNO_SIZE;
  pok_event_lock(b->lock);
  while (b->full && ret == POK_ERRNO_OK) {
    if (timeout == 0) {
      ret = POK_ERRNO_FULL;
      break;
    }
    b->waiting_processes++;
    ret = middleware_wait(b->lock, timeout);
    b->waiting_processes--;
  }
  if (ret == POK_ERRNO_OK) {
    s = slot(b, b->off_e);
    *(uint32_t *)s = len;
    memcpy(s + sizeof(uint32_t), data, len);
    b->off_e = (b->off_e + 1) % b->size;
    b->nb_messages++;
    b->empty = FALSE;
    b->full = b->nb_messages == b->size;
    pok_event_broadcast(b->lock);
  }
  pok_event_unlock(b->lock);
  return ret;
}

pok_ret_t pok_buffer_receive(const pok_buffer_id_t id, const uint64_t timeout,
                             void *data, pok_port_size_t *len) {
  pok_buffer_t *b = lookup(id);
  pok_ret_t ret = POK_ERRNO_OK;
  unsigned char *s;
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
    s = slot(b, b->off_b);
    *len = *(uint32_t *)s;
    memcpy(data, s + sizeof(uint32_t), *len);
    b->off_b = (b->off_b + 1) % b->size;
    b->nb_messages--;
    b->full = FALSE;
    b->empty = b->nb_messages == 0;
    pok_event_broadcast(b->lock);
  }
  pok_event_unlock(b->lock);
  return ret;
}

pok_ret_t pok_buffer_id(char *name, pok_buffer_id_t *id) {
  pok_buffer_id_t i;
  for (i = 0; i < POK_CONFIG_NB_BUFFERS; i++)
    if (buffers[i].ready && middleware_name_equal(buffers[i].name, name)) {
      *id = i;
      return POK_ERRNO_OK;
    }
  return POK_ERRNO_NOTFOUND;
}

pok_ret_t pok_buffer_status(const pok_buffer_id_t id,
                            pok_buffer_status_t *status) {
  pok_buffer_t *b = lookup(id);
  if (b == NULL || status == NULL)
    return POK_ERRNO_EINVAL;
  status->nb_messages = (pok_range_t)b->nb_messages;
  status->max_messages = (pok_range_t)b->size;
  status->message_size = b->msgsize;
  status->waiting_processes = b->waiting_processes;
  return POK_ERRNO_OK;
}
