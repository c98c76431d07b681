/* draw: seeds the plugin's generator (hypercall 64), draws three numbers (65), seeds again with the same
 * value and draws three more: both rows must be equal. Prints each call's result code. */
#include <core/hypercall.h>
#include <core/shutdown.h>
#include <libc/stdio.h>

#define RANDOM_SEED 64
#define RANDOM_NEXT 65

static void row(unsigned seed) {
  uint32_t n[3];
  int rs = pok_hypercall1(RANDOM_SEED, seed);
  int r0 = pok_hypercall1(RANDOM_NEXT, &n[0]);
  int r1 = pok_hypercall1(RANDOM_NEXT, &n[1]);
  int r2 = pok_hypercall1(RANDOM_NEXT, &n[2]);
  printf("draw: seed %u -> %d, next -> %d %d %d: %x %x %x\n", seed, rs, r0, r1, r2, n[0], n[1], n[2]);
}

int main(void) {
  row(7);
  row(7);
  row(8);
  pok_shutdown();
  return 0;
}
