/* jpok guest SDK - x86 helpers: port I/O through the kernel, idling, and a
 * deliberate division by zero. */
#include <arch.h>
#include <arch/x86/ioports.h>
#include <core/syscall.h>

int pok_inb(unsigned short port) {
  return (int)pok_syscall2(POK_SYSCALL_INB, port, 0);
}

int pok_outb(unsigned short port, unsigned char value) {
  return (int)pok_syscall2(POK_SYSCALL_OUTB, port, value);
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
}
