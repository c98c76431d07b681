/*
 * x87 end-to-end program for jpok: gcc -m32 compiles this double arithmetic to x87 code (loads,
 * stores, arithmetic, compares, (int) casts that switch the rounding mode with fnstcw/fldcw around
 * fistp, fsqrt, fsin/fcos/fpatan with -funsafe-math-optimizations). compute() writes text into
 * out[]; the same code runs natively (-DNATIVE adds a Linux _start that prints it) and in the jpok core.
 */
char out[256];

static char *put_uint(char *p, unsigned v, int min_digits) {
    char tmp[12];
    int n = 0;
    do {
        tmp[n++] = (char)('0' + v % 10);
        v /= 10;
    } while (v != 0 || n < min_digits);
    while (n > 0) *p++ = tmp[--n];
    return p;
}

/* like printf("%.6f ") for |x| < 2^32 */
static char *put_fixed6(char *p, double x) {
    if (x < 0) {
        *p++ = '-';
        x = -x;
    }
    unsigned ip = (unsigned)x;
    unsigned frac = (unsigned)((x - ip) * 1000000.0 + 0.5);
    if (frac >= 1000000) {
        ip++;
        frac -= 1000000;
    }
    p = put_uint(p, ip, 1);
    *p++ = '.';
    p = put_uint(p, frac, 6);
    *p++ = ' ';
    return p;
}

void compute(void) {
    volatile double one = 1.0, three = 3.0, two = 2.0;
    double pi = 4.0 * __builtin_atan(one);
    char *p = out;
    p = put_fixed6(p, pi);
    p = put_fixed6(p, one / three);
    p = put_fixed6(p, __builtin_sqrt(two));
    p = put_fixed6(p, __builtin_sin(pi / 6));
    p = put_fixed6(p, __builtin_cos(pi / 3) * 1000.0);
    long double e = 1.0L, term = 1.0L;
    for (int k = 1; k < 25; k++) {
        term /= k;
        e += term;
    }
    p = put_fixed6(p, (double)e);
    float f = 0.1f;
    double acc = 0;
    for (int i = 0; i < 1000; i++) acc += f;
    p = put_fixed6(p, acc);
    int casted = (int)(-2.75 * three);
    *p++ = casted < 0 ? '-' : '+';
    p = put_uint(p, (unsigned)(casted < 0 ? -casted : casted), 1);
    *p = 0;
}

#ifdef NATIVE
static int sys3(int n, int a, int b, int c) {
    int r;
    __asm__ volatile("int $0x80" : "=a"(r) : "a"(n), "b"(a), "c"(b), "d"(c) : "memory");
    return r;
}

void _start(void) {
    compute();
    int n = 0;
    while (out[n]) n++;
    sys3(4, 1, (int)out, n);
    sys3(1, 0, 0, 0);
    for (;;) {}
}
#endif
