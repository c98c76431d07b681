/*
 * oracle32: runs generated i386 test cases natively at ring 3 and reports the final state.
 *
 * Freestanding (no libc): Linux i386 syscalls through int $0x80. Build with
 *   gcc -m32 -static -no-pie -ffreestanding -nostdlib -fno-pic -O2 -o oracle32 oracle32.c
 *
 * Protocol (all little-endian), stdin -> stdout, one result per case, in order:
 *   case   (112 bytes): u8 codeLen, u8 pad[3], u8 code[32], u32 gpr[8] (EAX..EDI),
 *                       u32 eflags, u32 memSeed, 4 x {u32 offset, u32 value} pokes
 *                       (offset >= 4093 = unused), u32 ldt (see below)
 *   result (56 bytes + diff): u32 signo, trapno, err, cr2, eip, eflags, gpr[8],
 *                       u32 ndiff, then ndiff x {u16 offset, u8 value, u8 pad}: the bytes that
 *                       differ from their initial value; offsets 0-4095 are in the data page,
 *                       4096-8191 in the low page.
 * Each case: the code is copied to CODE_PAGE followed by int3, the data page is filled from
 * memSeed (xorshift32, one dword per step), the low page likewise from
 * memSeed * 0x9E3779B1 + 0x7F4A7C15, then the pokes (offsets as in the diff), then the registers and EFLAGS are
 * loaded and the code runs. The first signal ends the case; its sigcontext is the result
 * (a normal end is SIGTRAP, trapno 3, at the int3). The handler resumes the driver by
 * rewriting the interrupted context, so no libc setjmp is needed.
 *
 * ldt: LDT entry 0 (selector 0x07). 0 = the case uses no LDT selector, so the entry stays as it
 * is (modify_ldt sleeps for about a millisecond, so it is called only when needed);
 * 0x40000000 = an empty entry. Else bit 31 set and bits 0-11 the byte limit,
 * bits 12-23 the base as an offset in the data page, bit 24 expand-down, bit 25 read-only (data)
 * or execute-only (code), bit 26 not present, bit 27 code; a 32-bit segment, installed through
 * modify_ldt before the case runs.
 */

#define CODE_PAGE 0x00100000u
#define DATA_PAGE 0x00101000u
#define LOW_PAGE 0x00008000u /* below 64 KiB, for 16-bit addressing (0x67) */
#define PAGE 4096u

typedef unsigned int u32;
typedef unsigned short u16;
typedef unsigned char u8;

#define SYS_exit 1
#define SYS_read 3
#define SYS_write 4
#define SYS_mmap_old 90
#define SYS_rt_sigaction 174
#define SYS_sigaltstack 186
#define SYS_modify_ldt 123

static inline int sys3(int n, u32 a, u32 b, u32 c) {
    int r;
    __asm__ volatile("int $0x80" : "=a"(r) : "a"(n), "b"(a), "c"(b), "d"(c) : "memory");
    return r;
}

/* i386 sigcontext gregs indices */
enum { R_GS, R_FS, R_ES, R_DS, R_EDI, R_ESI, R_EBP, R_ESP, R_EBX, R_EDX, R_ECX, R_EAX,
       R_TRAPNO, R_ERR, R_EIP, R_CS, R_EFL, R_UESP, R_SS };

struct ucontext32 {
    u32 uc_flags, uc_link, ss_sp, ss_flags, ss_size;
    u32 gregs[19];
    u32 fpregs, oldmask, cr2;
};

struct siginfo32 { int signo, errno_, code; u32 addr; };

struct ksigaction { void *handler; u32 flags; void *restorer; u32 mask[2]; };

struct case_in {
    u8 len, pad[3];
    u8 code[32];
    u32 gpr[8];
    u32 eflags;
    u32 mem_seed;
    struct { u32 offset, value; } poke[4];
    u32 ldt;
};

struct result {
    u32 signo, trapno, err, cr2, eip, eflags, gpr[8];
};

/* state handed to the trampoline: gpr[8] then eflags */
u32 run_state[9];
u32 saved_esp;
u32 code_entry = CODE_PAGE;
static u32 driver_seg[6]; /* gs fs es ds cs ss at startup */
static volatile int in_case;
static struct result res;
static u8 initial[2 * PAGE];
static u8 altstack[65536] __attribute__((aligned(16)));
static u8 inbuf[1 << 16];
static u32 in_len, in_pos;
static u8 outbuf[1 << 16];
static u32 out_len;

void run_case(void);
void resume_point(void);
void sig_restorer(void);

__asm__(
    ".text\n"
    ".globl run_case\n"
    "run_case:\n"
    "  pushal\n"
    "  movl %esp, saved_esp\n"
    "  movl $run_state, %eax\n"
    "  pushl 32(%eax)\n"
    "  popfl\n"
    "  movl 4(%eax), %ecx\n"
    "  movl 8(%eax), %edx\n"
    "  movl 12(%eax), %ebx\n"
    "  movl 16(%eax), %esp\n"
    "  movl 20(%eax), %ebp\n"
    "  movl 24(%eax), %esi\n"
    "  movl 28(%eax), %edi\n"
    "  movl 0(%eax), %eax\n"
    "  jmp *code_entry\n"
    ".globl resume_point\n"
    "resume_point:\n"
    "  movl saved_esp, %esp\n"
    "  popal\n"
    "  ret\n"
    ".globl sig_restorer\n"
    "sig_restorer:\n"
    "  movl $173, %eax\n" /* rt_sigreturn */
    "  int $0x80\n");

/* gcc may emit calls to these even in freestanding code */
void *memcpy(void *d, const void *s, unsigned n) {
    u8 *dd = d;
    const u8 *ss = s;
    while (n--) *dd++ = *ss++;
    return d;
}

void *memset(void *d, int v, unsigned n) {
    u8 *dd = d;
    while (n--) *dd++ = (u8)v;
    return d;
}

static void die(const char *msg) {
    u32 n = 0;
    while (msg[n]) n++;
    sys3(SYS_write, 2, (u32)msg, n);
    sys3(SYS_exit, 2, 0, 0);
}

static void handler(int sig, struct siginfo32 *si, struct ucontext32 *uc) {
    if (!in_case) die("oracle32: signal outside a test case\n");
    in_case = 0;
    u32 *g = uc->gregs;
    res.signo = (u32)sig;
    res.trapno = g[R_TRAPNO];
    res.err = g[R_ERR];
    res.cr2 = sig == 11 ? si->addr : 0;
    res.eip = g[R_EIP];
    res.eflags = g[R_EFL];
    res.gpr[0] = g[R_EAX]; res.gpr[1] = g[R_ECX]; res.gpr[2] = g[R_EDX]; res.gpr[3] = g[R_EBX];
    res.gpr[4] = g[R_ESP]; res.gpr[5] = g[R_EBP]; res.gpr[6] = g[R_ESI]; res.gpr[7] = g[R_EDI];
    /* back to the driver, with its own segments and clean flags */
    g[R_EIP] = (u32)resume_point;
    g[R_ESP] = g[R_UESP] = saved_esp;
    g[R_EFL] = 0x202;
    g[R_GS] = driver_seg[0]; g[R_FS] = driver_seg[1]; g[R_ES] = driver_seg[2];
    g[R_DS] = driver_seg[3]; g[R_CS] = driver_seg[4]; g[R_SS] = driver_seg[5];
}

static int fill_input(void) {
    if (in_pos < in_len) {
        u32 rest = in_len - in_pos;
        for (u32 i = 0; i < rest; i++) inbuf[i] = inbuf[in_pos + i];
        in_len = rest;
    } else {
        in_len = 0;
    }
    in_pos = 0;
    int n = sys3(SYS_read, 0, (u32)(inbuf + in_len), sizeof inbuf - in_len);
    if (n < 0) die("oracle32: read failed\n");
    in_len += (u32)n;
    return n;
}

static void flush_out(void) {
    u32 done = 0;
    while (done < out_len) {
        int n = sys3(SYS_write, 1, (u32)(outbuf + done), out_len - done);
        if (n <= 0) die("oracle32: write failed\n");
        done += (u32)n;
    }
    out_len = 0;
}

static void emit(const void *p, u32 n) {
    if (out_len + n > sizeof outbuf) flush_out();
    const u8 *s = p;
    for (u32 i = 0; i < n; i++) outbuf[out_len++] = s[i];
}

static void install(int sig) {
    struct ksigaction sa = {(void *)handler, 0x04000000u | 0x08000000u | 0x40000000u | 4u,
                            (void *)sig_restorer, {0, 0}};
    /* rt_sigaction takes the sigset size as a fourth argument (esi) */
    int r;
    __asm__ volatile("int $0x80" : "=a"(r) : "a"(SYS_rt_sigaction), "b"(sig), "c"(&sa), "d"(0), "S"(8) : "memory");
    if (r != 0) die("oracle32: rt_sigaction failed\n");
}

static void map_page(u32 addr) {
    u32 args[6] = {addr, PAGE, 7 /* rwx */, 0x32 /* MAP_PRIVATE|MAP_FIXED|MAP_ANONYMOUS */, (u32)-1, 0};
    u32 r = (u32)sys3(SYS_mmap_old, (u32)args, 0, 0);
    if (r != addr) die("oracle32: mmap failed\n");
}

static void fill(u8 *page, u32 seed) {
    u32 x = seed ? seed : 0x9E3779B9u;
    for (u32 i = 0; i < PAGE; i += 4) {
        x ^= x << 13; x ^= x >> 17; x ^= x << 5;
        *(u32 *)(page + i) = x;
    }
}

/* byte i of the compared memory: the data page, then the low page */
static inline u8 byte_at(u32 i) {
    return i < PAGE ? ((u8 *)DATA_PAGE)[i] : ((u8 *)LOW_PAGE)[i - PAGE];
}

static u32 installed_ldt = 1; /* never a valid spec: the first case installs its entry */

static void install_ldt(u32 spec) {
    /* struct user_desc: entry, base, limit, flags (seg_32bit, contents:2, read_exec_only,
       limit_in_pages, seg_not_present, useable) */
    u32 desc[4] = {0, 0, 0, 0x28}; /* empty: read_exec_only and not present */
    if (spec >> 31) {
        u32 contents = (spec >> 27 & 1) ? 2 : (spec >> 24 & 1);
        desc[1] = DATA_PAGE + (spec >> 12 & 0xFFF);
        desc[2] = spec & 0xFFF;
        desc[3] = 1 | contents << 1 | (spec >> 25 & 1) << 3 | (spec >> 26 & 1) << 5;
    }
    if (sys3(SYS_modify_ldt, 1, (u32)desc, sizeof desc) != 0) die("oracle32: modify_ldt failed\n");
    installed_ldt = spec;
}

static void run_one(const struct case_in *c) {
    if (c->ldt != 0 && c->ldt != installed_ldt) install_ldt(c->ldt);
    u8 *code = (u8 *)CODE_PAGE;
    u8 *data = (u8 *)DATA_PAGE;
    u32 len = c->len > 32 ? 32 : c->len;
    for (u32 i = 0; i < len; i++) code[i] = c->code[i];
    for (u32 i = len; i < len + 16; i++) code[i] = 0xCC;
    u8 *low = (u8 *)LOW_PAGE;
    fill(data, c->mem_seed);
    fill(low, c->mem_seed * 0x9E3779B1u + 0x7F4A7C15u);
    for (int k = 0; k < 4; k++) {
        u32 o = c->poke[k].offset;
        if (o <= PAGE - 4) *(u32 *)(data + o) = c->poke[k].value;
        else if (o >= PAGE && o <= 2 * PAGE - 4) *(u32 *)(low + o - PAGE) = c->poke[k].value;
    }
    for (u32 i = 0; i < PAGE; i++) {
        initial[i] = data[i];
        initial[PAGE + i] = low[i];
    }
    for (int k = 0; k < 8; k++) run_state[k] = c->gpr[k];
    run_state[8] = c->eflags;
    in_case = 1;
    run_case();
    u32 ndiff = 0;
    for (u32 i = 0; i < 2 * PAGE; i++) ndiff += byte_at(i) != initial[i];
    emit(&res, sizeof res);
    emit(&ndiff, 4);
    for (u32 i = 0; i < 2 * PAGE; i++)
        if (byte_at(i) != initial[i]) {
            u8 rec[4] = {(u8)i, (u8)(i >> 8), byte_at(i), 0};
            emit(rec, 4);
        }
}

void oracle_main(void) {
    __asm__ volatile("mov %%gs,%0" : "=r"(driver_seg[0]));
    __asm__ volatile("mov %%fs,%0" : "=r"(driver_seg[1]));
    __asm__ volatile("mov %%es,%0" : "=r"(driver_seg[2]));
    __asm__ volatile("mov %%ds,%0" : "=r"(driver_seg[3]));
    __asm__ volatile("mov %%cs,%0" : "=r"(driver_seg[4]));
    __asm__ volatile("mov %%ss,%0" : "=r"(driver_seg[5]));
    map_page(CODE_PAGE);
    map_page(DATA_PAGE);
    map_page(LOW_PAGE);
    u32 ss[3] = {(u32)altstack, 0, sizeof altstack};
    if (sys3(SYS_sigaltstack, (u32)ss, 0, 0) != 0) die("oracle32: sigaltstack failed\n");
    install(4);  /* SIGILL */
    install(5);  /* SIGTRAP */
    install(7);  /* SIGBUS */
    install(8);  /* SIGFPE */
    install(11); /* SIGSEGV */
    for (;;) {
        if (in_len - in_pos < sizeof(struct case_in)) {
            if (fill_input() == 0) {
                if (in_len - in_pos != 0) die("oracle32: truncated case at end of input\n");
                break;
            }
            continue;
        }
        struct case_in c;
        u8 *d = (u8 *)&c;
        for (u32 i = 0; i < sizeof c; i++) d[i] = inbuf[in_pos + i];
        in_pos += sizeof c;
        run_one(&c);
    }
    flush_out();
    sys3(SYS_exit, 0, 0, 0);
}

__asm__(
    ".text\n"
    ".globl _start\n"
    "_start:\n"
    "  andl $-16, %esp\n"
    "  call oracle_main\n"
    "  hlt\n");
