/* Test-only replacement of the SDK's trap layer (core/syscall.c and
 * core/entry.c) so SDK code runs as a static i386 Linux program: console
 * writes become write(1, ...), shutdown becomes exit(0). */
#include <core/syscall.h>

extern int main(void);
void _start(void) __attribute__((noreturn, used));

static int linux_call3(int nr, int a, int b, int c) {
  int ret;
  __asm__ volatile("int $0x80"
                   : "=a"(ret)
                   : "a"(nr), "b"(a), "c"(b), "d"(c)
                   : "memory");
  return ret;
}

static void linux_exit(int code) __attribute__((noreturn));
static void linux_exit(int code) {
  for (;;)
    linux_call3(1 /* exit */, code, 0, 0);
}

pok_ret_t pok_do_syscall(pok_syscall_id_t id, pok_syscall_args_t *args) {
  switch (id) {
  case POK_SYSCALL_CONSWRITE:
    if (args->arg2 == 0)
      return POK_ERRNO_EINVAL;
    linux_call3(4 /* write */, 1, (int)args->arg1, (int)args->arg2);
    return POK_ERRNO_OK;
  case POK_SYSCALL_SHUTDOWN:
    linux_exit(0);
  case POK_SYSCALL_GETTICK:
    *(uint64_t *)args->arg1 = 0;
    return POK_ERRNO_OK;
  default:
    return POK_ERRNO_EINVAL;
  }
}

void _start(void) {
  /* the kernel enters with a 16-byte aligned stack and no return address */
  linux_exit(main());
}
