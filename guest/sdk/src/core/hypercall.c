/* jpok guest SDK - the hypercall trap (vector 45, x86-qemu-vmm BSP only). */
#include <core/hypercall.h>

pok_ret_t pok_do_hypercall(pok_hypercall_id_t hypercall_id,
                           pok_hypercall_args_t *args) {
  pok_ret_t ret;
  __asm__ volatile("int $45"
                   : "=a"(ret)
                   : "a"(hypercall_id), "b"(args)
                   : "memory");
  return ret;
}
