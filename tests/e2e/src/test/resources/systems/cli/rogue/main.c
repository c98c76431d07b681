/* Runs cli in ring 3: under x86-qemu that is a general protection fault. */
#include <libc/stdio.h>

int main(void) {
  printf("rogue: cli\n");
  __asm__ volatile("cli");
  printf("rogue: survived cli (wrong)\n");
  for (;;)
    ;
}
