/* Runs natively over the SDK (Linux shim) and prints key=value lines that
 * SdkSelfTest checks against values computed in Java: rand's LCG, the heap,
 * the 64-bit division helpers, POK's string extras and libm. */
#include <core/allocator.h>
#include <libc/stdio.h>
#include <libc/stdlib.h>
#include <libc/string.h>
#include <libm.h>

static volatile unsigned long long u_pairs[][2] = {
    {100, 7},
    {0xFFFFFFFFFFFFFFFFull, 3},
    {0x123456789ABCDEF0ull, 0x12345ull},
    {0x8000000000000000ull, 0xFFFFFFFFull},
    {0xFEDCBA9876543210ull, 0x100000001ull},
    {5, 0x100000000ull},
    {0xFFFFFFFFFFFFFFFFull, 0xFFFFFFFFFFFFFFFFull},
    {1000000000000ull, 1000000ull},
};

static volatile long long s_pairs[][2] = {
    {-100, 7},
    {100, -7},
    {-100, -7},
    {-9223372036854775807ll - 1, 3},
    {9223372036854775807ll, -1000000007ll},
    {-1234567890123456ll, 1234567ll},
};

int main(void) {
  unsigned i;
  char buf[40];
  char *p1, *p2, *p3;
  unsigned char *z;

  for (i = 0; i < 10; i++)
    printf("rand.%u=%d\n", i, rand());

  p1 = malloc(100);
  p2 = malloc(200);
  printf("malloc.nonnull=%d\n", p1 != NULL && p2 != NULL);
  printf("malloc.distinct=%d\n", p1 + 100 <= p2 || p2 + 200 <= p1);
  printf("malloc.aligned=%d\n", ((unsigned)p1 % 16) == 0 && ((unsigned)p2 % 16) == 0);
  memset(p1, 0xAA, 100);
  memset(p2, 0x55, 200);
  printf("malloc.intact=%d\n", (unsigned char)p1[99] == 0xAA && (unsigned char)p2[0] == 0x55);
  free(p1);
  p3 = malloc(64);
  printf("malloc.reuse=%d\n", p3 == p1);
  free(p3);
  free(p2);
  z = calloc(50, 4);
  for (i = 0; i < 200 && z[i] == 0; i++)
    ;
  printf("calloc.zero=%d\n", z != NULL && i == 200);
  free(z);
  printf("malloc.toobig=%d\n", malloc(POK_CONFIG_ALLOCATOR_MEMORY_SIZE + 1) == NULL);
  p1 = malloc(POK_CONFIG_ALLOCATOR_MEMORY_SIZE / 2);
  printf("malloc.half=%d\n", p1 != NULL);
  free(p1);
  printf("calloc.overflow=%d\n", calloc(0x10000, 0x10001) == NULL);

  for (i = 0; i < sizeof u_pairs / sizeof u_pairs[0]; i++)
    printf("udiv.%llx.%llx=%llx,%llx\n", u_pairs[i][0], u_pairs[i][1],
           u_pairs[i][0] / u_pairs[i][1], u_pairs[i][0] % u_pairs[i][1]);
  for (i = 0; i < sizeof s_pairs / sizeof s_pairs[0]; i++)
    printf("sdiv.%lld.%lld=%lld,%lld\n", s_pairs[i][0], s_pairs[i][1],
           s_pairs[i][0] / s_pairs[i][1], s_pairs[i][0] % s_pairs[i][1]);

  printf("itoa.-255.10=%s\n", itoa(-255, buf, 10));
  printf("itoa.255.16=%s\n", itoa(255, buf, 16));
  printf("itoa.5.2=%s\n", itoa(5, buf, 2));
  printf("streq.abc.abcdef=%d\n", streq("abc", "abcdef"));
  printf("streq.abd.abcdef=%d\n", streq("abd", "abcdef"));

  printf("m.sqrt.2=%.15f\n", sqrt(2.0));
  printf("m.fabs.-3.25=%.15f\n", fabs(-3.25));
  printf("m.floor.-2.5=%.15f\n", floor(-2.5));
  printf("m.ceil.-2.5=%.15f\n", ceil(-2.5));
  printf("m.floor.2.7=%.15f\n", floor(2.7));
  printf("m.ceil.2.1=%.15f\n", ceil(2.1));
  printf("m.sin.1=%.15f\n", sin(1.0));
  printf("m.cos.1=%.15f\n", cos(1.0));
  printf("m.tan.0.5=%.15f\n", tan(0.5));
  printf("m.exp.1=%.15f\n", exp(1.0));
  printf("m.exp.-3.5=%.15f\n", exp(-3.5));
  printf("m.log.10=%.15f\n", log(10.0));
  printf("m.log10.1000=%.15f\n", log10(1000.0));
  printf("m.pow.2.0.5=%.15f\n", pow(2.0, 0.5));
  printf("m.pow.-2.3=%.15f\n", pow(-2.0, 3.0));
  printf("m.pow.10.-2=%.15f\n", pow(10.0, -2.0));
  printf("m.atan2.1.-1=%.15f\n", atan2(1.0, -1.0));
  printf("m.atan2.-1.-1=%.15f\n", atan2(-1.0, -1.0));
  printf("m.atan.1=%.15f\n", atan(1.0));
  printf("m.asin.0.5=%.15f\n", asin(0.5));
  printf("m.acos.0.5=%.15f\n", acos(0.5));
  printf("m.fmod.10.5.3=%.15f\n", fmod(10.5, 3.0));
  printf("m.fmod.-10.5.3=%.15f\n", fmod(-10.5, 3.0));
  printf("m.round.2.5=%.15f\n", round(2.5));
  printf("m.round.-2.5=%.15f\n", round(-2.5));
  printf("m.trunc.-2.7=%.15f\n", trunc(-2.7));
  printf("m.ldexp.3.4=%.15f\n", ldexp(3.0, 4));
  printf("m.sqrtf.2=%.7f\n", (double)sqrtf(2.0f));
  printf("m.sinf.1=%.7f\n", (double)sinf(1.0f));
  printf("m.powf.3.4=%.7f\n", (double)powf(3.0f, 4.0f));
  printf("m.expf.2=%.7f\n", (double)expf(2.0f));
  printf("m.atan2f.1.2=%.7f\n", (double)atan2f(1.0f, 2.0f));
  {
    int e;
    double m = frexp(48.0, &e);
    printf("m.frexp.48=%.15f,%d\n", m, e);
  }
  printf("done=1\n");
  return 0;
}
