/* Writes 3 to isa-debug-exit: the machine exits with (3 << 1) | 1 = 7. */
#include <arch/x86/ioports.h>
#include <libc/stdio.h>

int main(void) {
  printf("exiter: status 3\n");
  pok_outb(0xF4, 3);
  printf("exiter: still running (wrong)\n");
  for (;;)
    ;
}
