/*
 * x87 oracle for jpok's differential tests. Freestanding i386 (no libc): build with
 *   gcc -m32 -O1 -ffreestanding -nostdlib -static -fno-pic -no-pie x87oracle.c -o x87oracle
 * Reads 48-byte case records on stdin and writes one 64-byte result record per case on stdout.
 *
 * case:   insn[8] len:u8 depth:u8 cw:u16 eflags:u32 a[10] b[10] mem[10] pad[2]
 * result: st0[10] st1[10] st2[10] sw:u16 tw:u16 cw:u16 eflags:u32 eax:u32 mem[16] pad[4]
 *
 * Per case: fninit, fldcw cw, push values (depth 0: none, 1: a, 2: b then a, 8: six zeros, b, a),
 * load eflags, point EAX at a 16-byte memory operand holding mem, run the instruction, then
 * fnsave the state. The instruction's memory operand is always [eax].
 */
typedef unsigned char u8;
typedef unsigned short u16;
typedef unsigned int u32;

static int sys3(int n, int a, int b, int c) {
    int r;
    __asm__ volatile("int $0x80" : "=a"(r) : "a"(n), "b"(a), "c"(b), "d"(c) : "memory");
    return r;
}

u8 g_a[10], g_b[10];
u16 g_cw;
u32 g_efl, g_depth, g_eflout, g_eaxout;
u8 *g_code;
u8 g_mem[16] __attribute__((aligned(16)));
u8 g_save[108] __attribute__((aligned(16)));

void run_case(void);
__asm__(
    ".globl run_case\n"
    "run_case:\n"
    " pushal\n"
    " fninit\n"
    " fldcw g_cw\n"
    " movl g_depth, %ecx\n"
    " cmpl $8, %ecx\n"
    " jne 1f\n"
    " fldz\n fldz\n fldz\n fldz\n fldz\n fldz\n"
    "1: cmpl $2, %ecx\n"
    " jb 2f\n"
    " fldt g_b\n"
    "2: cmpl $1, %ecx\n"
    " jb 3f\n"
    " fldt g_a\n"
    "3: pushl g_efl\n"
    " popfl\n"
    " movl $g_mem, %eax\n"
    " call *g_code\n"
    " pushfl\n"
    " popl g_eflout\n"
    " movl %eax, g_eaxout\n"
    " fnsave g_save\n"
    " popal\n"
    " ret\n");

static void copy(u8 *d, const u8 *s, int n) {
    for (int i = 0; i < n; i++) d[i] = s[i];
}

static int readfull(u8 *p, int n) {
    int got = 0;
    while (got < n) {
        int r = sys3(3, 0, (int)(p + got), n - got);
        if (r <= 0) return got;
        got += r;
    }
    return got;
}

static void writefull(const u8 *p, int n) {
    while (n > 0) {
        int r = sys3(4, 1, (int)p, n);
        if (r <= 0) sys3(1, 2, 0, 0);
        p += r;
        n -= r;
    }
}

static u8 inbuf[48 * 256], outbuf[64 * 256];

void _start(void) {
    u32 mmap_args[6] = {0, 4096, 7, 0x22, (u32)-1, 0};
    g_code = (u8 *)sys3(90, (int)mmap_args, 0, 0);
    for (;;) {
        int got = readfull(inbuf, sizeof inbuf);
        int n = got / 48;
        for (int i = 0; i < n; i++) {
            u8 *c = inbuf + 48 * i, *o = outbuf + 64 * i;
            int len = c[8];
            copy(g_code, c, len);
            g_code[len] = 0xC3;
            g_depth = c[9];
            g_cw = (u16)(c[10] | c[11] << 8);
            g_efl = ((u32)c[12] | (u32)c[13] << 8 | (u32)c[14] << 16 | (u32)c[15] << 24);
            g_efl = (g_efl & 0x8D5) | 0x202;
            copy(g_a, c + 16, 10);
            copy(g_b, c + 26, 10);
            for (int k = 0; k < 16; k++) g_mem[k] = 0;
            copy(g_mem, c + 36, 10);
            run_case();
            copy(o, g_save + 28, 30);
            copy(o + 30, g_save + 4, 2);
            copy(o + 32, g_save + 8, 2);
            copy(o + 34, g_save, 2);
            copy(o + 36, (u8 *)&g_eflout, 4);
            copy(o + 40, (u8 *)&g_eaxout, 4);
            copy(o + 44, g_mem, 16);
            for (int k = 60; k < 64; k++) o[k] = 0;
        }
        writefull(outbuf, 64 * n);
        if (got < (int)sizeof inbuf) break;
    }
    sys3(1, 0, 0, 0);
    for (;;) {}
}
