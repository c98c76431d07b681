/* jpok guest SDK - the syscall trap (vector 42). Only EAX changes. */
#include <core/syscall.h>

pok_ret_t pok_do_syscall(pok_syscall_id_t syscall_id, pok_syscall_args_t *args) {
  pok_ret_t ret;
  __asm__ volatile("int $42"
                   : "=a"(ret)
                   : "a"(syscall_id), "b"(args)
                   : "memory");
  return ret;
}
