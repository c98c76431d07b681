/* jpok guest SDK - sampling, queuing and virtual ports (kernel objects). */
#include <core/syscall.h>
#include <middleware/port.h>

pok_ret_t pok_port_sampling_create(char *name, const pok_port_size_t size,
                                   const pok_port_direction_t direction,
                                   const uint64_t refresh, pok_port_id_t *id) {
  return pok_syscall5(POK_SYSCALL_MIDDLEWARE_SAMPLING_CREATE, name, size,
                      direction, (uint32_t)refresh, id);
}

pok_ret_t pok_port_sampling_write(const pok_port_id_t id, const void *data,
                                  const pok_port_size_t len) {
  return pok_syscall3(POK_SYSCALL_MIDDLEWARE_SAMPLING_WRITE, id, data, len);
}

pok_ret_t pok_port_sampling_read(const pok_port_id_t id, void *message,
                                 pok_port_size_t *len, bool_t *valid) {
  return pok_syscall4(POK_SYSCALL_MIDDLEWARE_SAMPLING_READ, id, message, len,
                      valid);
}

pok_ret_t pok_port_queueing_create(char *name, const pok_port_size_t size,
                                   const pok_port_direction_t direction,
                                   const pok_port_queueing_discipline_t discipline,
                                   pok_port_id_t *id) {
  return pok_syscall5(POK_SYSCALL_MIDDLEWARE_QUEUEING_CREATE, name, size,
                      direction, discipline, id);
}

pok_ret_t pok_port_queueing_send(const pok_port_id_t id, const void *data,
                                 const pok_port_size_t len,
                                 const uint64_t timeout) {
  return pok_syscall4(POK_SYSCALL_MIDDLEWARE_QUEUEING_SEND, id, data, len,
                      (uint32_t)timeout);
}

pok_ret_t pok_port_queueing_receive(const pok_port_id_t id,
                                    const uint64_t timeout,
                                    const pok_port_size_t maxlen, void *data,
                                    pok_port_size_t *len) {
  return pok_syscall5(POK_SYSCALL_MIDDLEWARE_QUEUEING_RECEIVE, id,
                      (uint32_t)timeout, maxlen, data, len);
}

pok_ret_t pok_port_virtual_create(char *name, pok_port_id_t *id) {
  return pok_syscall2(POK_SYSCALL_MIDDLEWARE_VIRTUAL_CREATE, name, id);
}

pok_ret_t pok_port_virtual_destination(const pok_port_id_t id, const uint32_t n,
                                       uint32_t *result) {
  return pok_syscall3(POK_SYSCALL_MIDDLEWARE_VIRTUAL_DESTINATION, id, n, result);
}

pok_ret_t pok_port_virtual_nb_destinations(const pok_port_id_t id,
                                           uint32_t *result) {
  return pok_syscall2(POK_SYSCALL_MIDDLEWARE_VIRTUAL_NB_DESTINATIONS, id, result);
}

pok_ret_t pok_port_virtual_get_global(const pok_port_id_t local,
                                      pok_port_id_t *global) {
  return pok_syscall2(POK_SYSCALL_MIDDLEWARE_VIRTUAL_GET_GLOBAL, local, global);
}

pok_ret_t pok_port_virtual_node(const pok_port_id_t id, uint8_t *node) {
  return pok_syscall2(POK_SYSCALL_MIDDLEWARE_VIRTUAL_NODE, id, node);
}

pok_ret_t pok_node_mac_addr(uint8_t *addr) {
  return pok_syscall1(POK_SYSCALL_MIDDLEWARE_NODE_MAC_ADDR, addr);
}
