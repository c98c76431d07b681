/* trap-emulate: privileged instructions from an unmodified partition. */
#include <core/shutdown.h>
#include <libc/stdio.h>

static unsigned real_interrupt_flag(void) {
  unsigned f;
  __asm__ volatile("pushf\n\tpop %0" : "=r"(f)); /* pushf does not trap */
  return (f >> 9) & 1;
}

int main(void) {
  unsigned char v;
  __asm__ volatile("cli" ::: "memory"); /* #GP, emulated: virtual IF off */
  printf("cli emulated; pushf still shows IF=%u (it does not trap)\n", real_interrupt_flag());
  __asm__ volatile("sti" ::: "memory"); /* #GP, emulated: virtual IF on */
  printf("sti emulated\n");
  /* popf with IF clear: at CPL 3 the CPU keeps IF and raises nothing */
  __asm__ volatile("pushf\n\tandl $~0x200, (%%esp)\n\tpopf" ::: "memory", "cc");
  printf("popf with IF clear: IF=%u, nothing trapped\n", real_interrupt_flag());
  __asm__ volatile("inb $0x60, %0" : "=a"(v)); /* #GP, emulated: all ones */
  printf("in from port 0x60: 0x%02x\n", v);
  pok_shutdown();
  return 0;
}
