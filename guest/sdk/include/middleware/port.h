/* jpok guest SDK - inter-partition ports (syscalls 101..154). */
#ifndef __POK_LIBPOK_PORTS_H__
#define __POK_LIBPOK_PORTS_H__

#include <core/lockobj.h>
#include <core/syscall.h>
#include <errno.h>
#include <types.h>

/* POK's legacy enum; the kernel only accepts pok_queueing_discipline_t
 * (FIFO = 0) for queuing ports. */
typedef enum {
  POK_PORT_QUEUEING_DISCIPLINE_FIFO = 1,
  POK_PORT_QUEUEING_DISCIPLINE_PRIORITY = 2
} pok_port_queueing_disciplines_t;

typedef enum { POK_PORT_DIRECTION_IN = 1, POK_PORT_DIRECTION_OUT = 2 } pok_port_directions_t;

typedef pok_queueing_discipline_t pok_port_queueing_discipline_t;

typedef enum {
  POK_PORT_KIND_QUEUEING = 1,
  POK_PORT_KIND_SAMPLING = 2,
  POK_PORT_KIND_VIRTUAL = 2,
  POK_PORT_KIND_INVALID = 10
} pok_port_kinds_t;

#define POK_PORT_MAX_SIZE 512

/* --- virtual ports --- */
pok_ret_t pok_port_virtual_create(char *name, pok_port_id_t *id);
pok_ret_t pok_port_virtual_destination(const pok_port_id_t id, const uint32_t n,
                                       uint32_t *result);
pok_ret_t pok_port_virtual_nb_destinations(const pok_port_id_t id,
                                           uint32_t *result);
pok_ret_t pok_port_virtual_get_global(const pok_port_id_t local,
                                      pok_port_id_t *global);
pok_ret_t pok_port_virtual_node(const pok_port_id_t id, uint8_t *node);
pok_ret_t pok_node_mac_addr(uint8_t *addr);

/* --- queuing ports --- */
/* libpok's layout: nb_messages at offset 5 (the kernel writes its
 * waiting_processes there, see pok-compatibility). */
typedef struct {
  pok_port_size_t size;
  pok_port_direction_t direction;
  uint8_t nb_messages;
  uint8_t waiting_processes;
} pok_port_queueing_status_t;

pok_ret_t pok_port_queueing_create(char *name, const pok_port_size_t size,
                                   const pok_port_direction_t direction,
                                   const pok_port_queueing_discipline_t discipline,
                                   pok_port_id_t *id);
/* timeout: nanoseconds (low 32 bits travel), 0 = do not wait. */
pok_ret_t pok_port_queueing_receive(const pok_port_id_t id,
                                    const uint64_t timeout,
                                    const pok_port_size_t maxlen, void *data,
                                    pok_port_size_t *len);
pok_ret_t pok_port_queueing_send(const pok_port_id_t id, const void *data,
                                 const pok_port_size_t len,
                                 const uint64_t timeout);

#define pok_port_queueing_status(id, status)                                   \
  pok_syscall2(POK_SYSCALL_MIDDLEWARE_QUEUEING_STATUS, (uint32_t)(id),         \
               (uint32_t)(status))
#define pok_port_queueing_id(name, id)                                         \
  pok_syscall2(POK_SYSCALL_MIDDLEWARE_QUEUEING_ID, (uint32_t)(name),           \
               (uint32_t)(id))

/* --- sampling ports --- */
/* 20 bytes; written by SAMPLING_STATUS. */
typedef struct {
  pok_port_size_t size;
  pok_port_direction_t direction;
  uint64_t refresh;
  bool_t validity;
} pok_port_sampling_status_t;

/* refresh: nanoseconds (low 32 bits travel). */
pok_ret_t pok_port_sampling_create(char *name, const pok_port_size_t size,
                                   const pok_port_direction_t direction,
                                   const uint64_t refresh, pok_port_id_t *id);
pok_ret_t pok_port_sampling_write(const pok_port_id_t id, const void *data,
                                  const pok_port_size_t len);
pok_ret_t pok_port_sampling_read(const pok_port_id_t id, void *message,
                                 pok_port_size_t *len, bool_t *valid);

#define pok_port_sampling_id(name, id)                                         \
  pok_syscall2(POK_SYSCALL_MIDDLEWARE_SAMPLING_ID, (uint32_t)(name),           \
               (uint32_t)(id))
#define pok_port_sampling_status(id, status)                                   \
  pok_syscall2(POK_SYSCALL_MIDDLEWARE_SAMPLING_STATUS, (uint32_t)(id),         \
               (uint32_t)(status))

#endif
