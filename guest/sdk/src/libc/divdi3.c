/* jpok guest SDK - 64-bit division helpers that gcc -m32 calls (there is
 * no 32-bit libgcc on a stock Debian host). Division by zero executes a
 * real `div` by zero so the kernel sees the NUMERIC_ERROR, as in POK. */
#include <types.h>

uint64_t __udivmoddi4(uint64_t n, uint64_t d, uint64_t *rem);
int64_t __divmoddi4(int64_t n, int64_t d, int64_t *rem);
uint64_t __udivdi3(uint64_t n, uint64_t d);
uint64_t __umoddi3(uint64_t n, uint64_t d);
int64_t __divdi3(int64_t n, int64_t d);
int64_t __moddi3(int64_t n, int64_t d);

static void trap_divide_by_zero(void) {
  __asm__ volatile("xorl %%ecx, %%ecx\n\t"
                   "xorl %%edx, %%edx\n\t"
                   "divl %%ecx"
                   :
                   :
                   : "eax", "ecx", "edx");
}

uint64_t __udivmoddi4(uint64_t n, uint64_t d, uint64_t *rem) {
  uint64_t q = 0;
  int shift;
  if (d == 0) {
    trap_divide_by_zero();
    if (rem)
      *rem = 0;
    return 0;
  }
  if ((n >> 32) == 0 && (d >> 32) == 0) { /* one hardware division */
    uint32_t n32 = (uint32_t)n, d32 = (uint32_t)d;
    if (rem)
      *rem = n32 % d32;
    return n32 / d32;
  }
  if (d > n) {
    if (rem)
      *rem = n;
    return 0;
  }
  /* shift-subtract: align d under n's top bit, then one bit per step */
  shift = __builtin_clzll(d) - __builtin_clzll(n);
  d <<= shift;
  for (; shift >= 0; shift--) {
    q <<= 1;
    if (n >= d) {
      n -= d;
      q |= 1;
    }
    d >>= 1;
  }
  if (rem)
    *rem = n;
  return q;
}

uint64_t __udivdi3(uint64_t n, uint64_t d) { return __udivmoddi4(n, d, 0); }

uint64_t __umoddi3(uint64_t n, uint64_t d) {
  uint64_t r;
  __udivmoddi4(n, d, &r);
  return r;
}

/* Truncating signed division: quotient sign = sign(n) xor sign(d),
 * remainder has the sign of n. */
int64_t __divmoddi4(int64_t n, int64_t d, int64_t *rem) {
  uint64_t un = n < 0 ? 0 - (uint64_t)n : (uint64_t)n;
  uint64_t ud = d < 0 ? 0 - (uint64_t)d : (uint64_t)d;
  uint64_t ur;
  uint64_t uq = __udivmoddi4(un, ud, &ur);
  if (rem)
    *rem = n < 0 ? (int64_t)(0 - ur) : (int64_t)ur;
  return (n < 0) != (d < 0) ? (int64_t)(0 - uq) : (int64_t)uq;
}

int64_t __divdi3(int64_t n, int64_t d) { return __divmoddi4(n, d, 0); }

int64_t __moddi3(int64_t n, int64_t d) {
  int64_t r;
  __divmoddi4(n, d, &r);
  return r;
}
