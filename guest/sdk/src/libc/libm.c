/* jpok guest SDK - common maths functions on the x87 FPU. The inline
 * assembly uses "t" (st(0)) and "u" (st(1)) operands; intermediate values
 * keep the x87's 80-bit precision and are rounded once on return. */
#include <libm.h>
#include <types.h>

typedef union {
  double d;
  uint64_t u;
} double_bits_t;

int isnan(double x) {
  double_bits_t b = {x};
  return (b.u & 0x7FFFFFFFFFFFFFFFull) > 0x7FF0000000000000ull;
}

int isinf(double x) {
  double_bits_t b = {x};
  return (b.u & 0x7FFFFFFFFFFFFFFFull) == 0x7FF0000000000000ull;
}

double fabs(double x) {
  long double r;
  __asm__("fabs" : "=t"(r) : "0"((long double)x));
  return (double)r;
}

double sqrt(double x) {
  long double r;
  __asm__("fsqrt" : "=t"(r) : "0"((long double)x));
  return (double)r;
}

/* frndint under a given rounding control (0 nearest, 1 down, 2 up, 3 zero). */
static long double round_mode(long double x, unsigned mode) {
  unsigned short cw, tmp;
  long double r;
  __asm__ volatile("fnstcw %0" : "=m"(cw));
  tmp = (unsigned short)((cw & ~0x0C00u) | (mode << 10));
  __asm__ volatile("fldcw %0" : : "m"(tmp));
  __asm__ volatile("frndint" : "=t"(r) : "0"(x));
  __asm__ volatile("fldcw %0" : : "m"(cw));
  return r;
}

double floor(double x) { return (double)round_mode(x, 1); }
double ceil(double x) { return (double)round_mode(x, 2); }
double trunc(double x) { return (double)round_mode(x, 3); }

double round(double x) {
  long double t = round_mode(x, 3);
  long double diff = (long double)x - t;
  if (diff >= 0.5L)
    t += 1.0L;
  else if (diff <= -0.5L)
    t -= 1.0L;
  return (double)t;
}

double modf(double x, double *iptr) {
  double t = trunc(x);
  *iptr = t;
  return isinf(x) ? 0.0 * x : x - t;
}

/* fprem repeats until the reduction is complete (C2 clear). */
static long double fprem_loop(long double x, long double y) {
  unsigned short sw;
  long double r = x;
  do {
    __asm__ volatile("fprem\n\tfnstsw %%ax"
                     : "=t"(r), "=a"(sw)
                     : "0"(r), "u"(y));
  } while (sw & 0x0400);
  return r;
}

double fmod(double x, double y) { return (double)fprem_loop(x, y); }

/* fsin/fcos/fptan accept |x| < 2^63; reduce larger arguments first. */
static long double reduce_angle(double x) {
  long double lx = x;
  if (lx > 9.2e18L || lx < -9.2e18L)
    lx = fprem_loop(lx, 2.0L * 3.14159265358979323846264338327950288L);
  return lx;
}

double sin(double x) {
  long double r;
  __asm__("fsin" : "=t"(r) : "0"(reduce_angle(x)));
  return (double)r;
}

double cos(double x) {
  long double r;
  __asm__("fcos" : "=t"(r) : "0"(reduce_angle(x)));
  return (double)r;
}

double tan(double x) {
  long double r, one;
  __asm__("fptan" : "=t"(one), "=u"(r) : "0"(reduce_angle(x)));
  (void)one;
  return (double)r;
}

/* fpatan computes atan(st(1) / st(0)) with the right quadrant. */
static long double patan(long double y, long double x) {
  long double r;
  __asm__("fpatan" : "=t"(r) : "0"(x), "u"(y) : "st(1)");
  return r;
}

double atan2(double y, double x) { return (double)patan(y, x); }
double atan(double x) { return (double)patan(x, 1.0L); }

double asin(double x) {
  long double lx = x;
  long double c;
  __asm__("fsqrt" : "=t"(c) : "0"(1.0L - lx * lx));
  return (double)patan(lx, c);
}

double acos(double x) {
  long double lx = x;
  long double s;
  __asm__("fsqrt" : "=t"(s) : "0"(1.0L - lx * lx));
  return (double)patan(s, lx);
}

/* y * log2(x) */
static long double yl2x(long double y, long double x) {
  long double r;
  __asm__("fyl2x" : "=t"(r) : "0"(x), "u"(y) : "st(1)");
  return r;
}

/* 2^t = 2^n * 2^f with n = round(t), |f| <= 0.5 (f2xm1's domain is |f| < 1). */
static long double exp2l_x87(long double t) {
  long double n, f, r;
  if (t != t)
    return t;
  if (t > 16384.0L)
    return __builtin_huge_vall();
  if (t < -16500.0L)
    return 0.0L;
  n = round_mode(t, 0);
  f = t - n;
  __asm__("f2xm1" : "=t"(r) : "0"(f));
  r += 1.0L;
  __asm__("fscale" : "=t"(r) : "0"(r), "u"(n));
  return r;
}

double exp(double x) {
  return (double)exp2l_x87((long double)x * 1.44269504088896340735992468100189214L);
}

double log(double x) { return (double)yl2x(0.693147180559945309417232121458176568L, x); }
double log10(double x) { return (double)yl2x(0.301029995663981195213738894724493027L, x); }
double log2(double x) { return (double)yl2x(1.0L, x); }

static int is_integer(double y) { return trunc(y) == y && !isinf(y); }

double pow(double x, double y) {
  long double r;
  int negate = 0;
  if (y == 0.0)
    return 1.0;
  if (x == 1.0 || isnan(x) || isnan(y))
    return x == 1.0 ? 1.0 : x + y;
  if (x == 0.0) {
    int odd = is_integer(y) && fmod(y, 2.0) != 0.0;
    if (y < 0)
      return odd ? 1.0 / x : __builtin_huge_val();
    return odd ? x : 0.0;
  }
  if (x < 0.0) {
    if (!is_integer(y))
      return __builtin_nan("");
    negate = fmod(y, 2.0) != 0.0;
    x = -x;
  }
  if (isinf(x))
    r = y > 0 ? __builtin_huge_vall() : 0.0L;
  else
    r = exp2l_x87(yl2x(y, x));
  return (double)(negate ? -r : r);
}

double ldexp(double x, int exp) {
  long double r;
  __asm__("fscale" : "=t"(r) : "0"((long double)x), "u"((long double)exp));
  return (double)r;
}

double frexp(double x, int *exp) {
  double_bits_t b = {x};
  int e = (int)((b.u >> 52) & 0x7FF);
  if (x == 0.0 || isnan(x) || isinf(x)) {
    *exp = 0;
    return x;
  }
  if (e == 0) { /* subnormal: normalise first */
    b.d = x * 18014398509481984.0; /* 2^54 */
    e = (int)((b.u >> 52) & 0x7FF) - 54;
  }
  *exp = e - 1022;
  b.u = (b.u & ~(0x7FFull << 52)) | (1022ull << 52);
  return b.d;
}

float sqrtf(float x) { return (float)sqrt(x); }
float fabsf(float x) { return (float)fabs(x); }
float floorf(float x) { return (float)floor(x); }
float ceilf(float x) { return (float)ceil(x); }
float truncf(float x) { return (float)trunc(x); }
float roundf(float x) { return (float)round(x); }
float sinf(float x) { return (float)sin(x); }
float cosf(float x) { return (float)cos(x); }
float tanf(float x) { return (float)tan(x); }
float atanf(float x) { return (float)atan(x); }
float atan2f(float y, float x) { return (float)atan2(y, x); }
float asinf(float x) { return (float)asin(x); }
float acosf(float x) { return (float)acos(x); }
float expf(float x) { return (float)exp(x); }
float logf(float x) { return (float)log(x); }
float log10f(float x) { return (float)log10(x); }
float log2f(float x) { return (float)log2(x); }
float powf(float x, float y) { return (float)pow(x, y); }
float fmodf(float x, float y) { return (float)fmod(x, y); }
