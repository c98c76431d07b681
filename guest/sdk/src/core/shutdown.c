/* jpok guest SDK - shutdown. */
#include <core/shutdown.h>
#include <core/syscall.h>
#include <libc/stdio.h>

void pok_shutdown(void) {
  pok_syscall0(POK_SYSCALL_SHUTDOWN);
  printf("[SDK] shutdown failed\n");
  for (;;)
    ;
}
