/* ALU loop: exactly 8 instructions per iteration (add xor shl add shr xor dec jnz),
 * registers only. Instructions retired by the loop: 8 * BENCH_ITERS. */
#include "bench.h"

int main(void) {
  bench_u32 a = 0x12345678, b = 0x9abcdef0, d = 0x0f1e2d3c, n = BENCH_ITERS;
  __asm__ volatile("1:\n\t"
                   "add %%ecx, %%eax\n\t"
                   "xor %%eax, %%ebx\n\t"
                   "shl $3, %%eax\n\t"
                   "add %%ebx, %%eax\n\t"
                   "shr $2, %%ebx\n\t"
                   "xor %%eax, %%edx\n\t"
                   "dec %%ecx\n\t"
                   "jnz 1b\n\t"
                   : "+a"(a), "+b"(b), "+d"(d), "+c"(n)
                   :
                   : "cc");
  bench_report("alu", a ^ b ^ d);
}
