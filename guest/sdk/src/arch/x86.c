/* jpok guest SDK - x86 helpers: port I/O through the kernel, idling, and a
 * deliberate division by zero. */
#include <arch.h>
#include <arch/x86/ioports.h>
#include <core/syscall.h>

pok_ret_t pok_inb(uint16_t port) {
  return pok_syscall2(POK_SYSCALL_INB, port, 0);
}

pok_ret_t pok_outb(uint16_t port, uint8_t value) {
  return pok_syscall2(POK_SYSCALL_OUTB, port, value);
}

void pok_arch_idle(void) {
  for (;;)
    __asm__ volatile("nop");
}

void pok_division_by_zero_error(void) {
  __asm__ volatile("xorl %%ecx, %%ecx\n\t"
                   "xorl %%edx, %%edx\n\t"
                   "movl $1, %%eax\n\t"
                   "divl %%ecx"
                   :
                   :
                   : "eax", "ecx", "edx");
  for (;;) /* the kernel handles the fault; never come back */
    ;
}
