/* C mix, built at -O2: per iteration a bitwise CRC32 over 1 KiB, a sieve over
 * 8 KiB, an insertion sort of 256 values and a recursive fib(18). Each
 * iteration's input depends on the iteration, so no work can be hoisted. */
#include "bench.h"

static unsigned char data[1024];
static unsigned char sieve[8192];
static bench_u32 values[256];

static bench_u32 next_random(bench_u32 *state) {
  *state = *state * 1103515245u + 12345u;
  return *state >> 8;
}

static __attribute__((noinline)) bench_u32 crc32(const unsigned char *p, int n) {
  bench_u32 crc = 0xffffffffu;
  for (int i = 0; i < n; i++) {
    crc ^= p[i];
    for (int bit = 0; bit < 8; bit++)
      crc = (crc >> 1) ^ (0xedb88320u & -(crc & 1));
  }
  return ~crc;
}

static __attribute__((noinline)) bench_u32 count_primes(int offset) {
  /* a nonzero pattern that is not a constant fill, so gcc emits no memset call */
  for (int i = 0; i < 8192; i++)
    sieve[i] = (unsigned char)(1 + ((i ^ offset) & 1));
  bench_u32 count = 0;
  for (int i = 2; i < 8192; i++) {
    if (sieve[i]) {
      count += (bench_u32)i;
      for (int j = i * i; j < 8192; j += i)
        sieve[j] = 0;
    }
  }
  return count;
}

static __attribute__((noinline)) bench_u32 insertion_sort(bench_u32 seed) {
  for (int i = 0; i < 256; i++)
    values[i] = next_random(&seed);
  for (int i = 1; i < 256; i++) {
    bench_u32 v = values[i];
    int j = i - 1;
    while (j >= 0 && values[j] > v) {
      values[j + 1] = values[j];
      j--;
    }
    values[j + 1] = v;
  }
  return values[0] ^ values[128] ^ values[255];
}

static __attribute__((noinline)) bench_u32 fib(bench_u32 n) {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}

int main(void) {
  bench_u32 checksum = 0, seed = 1;
  for (bench_u32 iter = 0; iter < BENCH_ITERS; iter++) {
    for (int i = 0; i < 1024; i++)
      data[i] = (unsigned char)next_random(&seed);
    checksum = checksum * 31 + crc32(data, 1024);
    checksum = checksum * 31 + count_primes((int)(iter & 1));
    checksum = checksum * 31 + insertion_sort(seed);
    checksum = checksum * 31 + fib(18 - (iter & 1));
  }
  bench_report("cmix", checksum);
}
