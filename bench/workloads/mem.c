/* Load/store loop: exactly 8 instructions per iteration, one load and one
 * store into a 1 KiB table (mov and mov load add mov-store add dec jnz).
 * Instructions retired by the loop: 8 * BENCH_ITERS. */
#include "bench.h"

static bench_u32 table[256];

int main(void) {
  bench_u32 n = BENCH_ITERS, sum = 0, index, value;
  for (int i = 0; i < 256; i++)
    table[i] = (bench_u32)i * 0x9e3779b9u;
  __asm__ volatile("1:\n\t"
                   "mov %%ecx, %[i]\n\t"
                   "and $255, %[i]\n\t"
                   "mov (%[t],%[i],4), %[v]\n\t"
                   "add %%ecx, %[v]\n\t"
                   "mov %[v], (%[t],%[i],4)\n\t"
                   "add %[v], %[s]\n\t"
                   "dec %%ecx\n\t"
                   "jnz 1b\n\t"
                   : "+c"(n), [s] "+r"(sum), [i] "=&r"(index), [v] "=&r"(value)
                   : [t] "r"(table)
                   : "cc", "memory");
  for (int i = 0; i < 256; i++)
    sum ^= table[i] + (bench_u32)i;
  bench_report("mem", sum);
}
