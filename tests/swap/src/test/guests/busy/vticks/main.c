/* vticks: counts the PIT's IRQ 0 delivered as vCPU upcalls (hypercall 30) and prints the count every
 * REPORT_EVERY upcalls, so a test sees whether the registration still holds after a BSP swap or update. A swap
 * inside the upcall handler drops the saved frame (DO_IRET then returns EINVAL): the handler says so and counts on
 * from there. */
#include <core/hypercall.h>
#include <libc/stdio.h>

#define REPORT_EVERY 20

volatile unsigned upcalls;
const pok_hypercall_args_t no_args;

void count_upcalls(void);

/* Entered with EAX = the line on the interrupted stack: count, then DO_IRET (32) resumes the saved frame. */
void vticks_entry(void);
__asm__(".globl vticks_entry\n"
        "vticks_entry:\n"
        "  incl upcalls\n"
        "  movl $32, %eax\n"
        "  movl $no_args, %ebx\n"
        "  int $45\n" /* does not come back while the frame is saved */
        "  jmp frame_lost\n");

__attribute__((used, noreturn)) static void frame_lost(void) {
  printf("vticks: upcall frame lost, counting on\n");
  count_upcalls();
  for (;;)
    ;
}

void count_upcalls(void) {
  unsigned reported = upcalls - upcalls % REPORT_EVERY;
  for (;;) {
    unsigned now = upcalls;
    if (now >= reported + REPORT_EVERY) {
      reported = now - now % REPORT_EVERY;
      printf("vticks: %u upcalls\n", reported);
    }
  }
}

int main(void) {
  pok_ret_t r = pok_hypercall2(POK_HYPERCALL_IRQ_REGISTER_VCPU, 0, vticks_entry);
  printf("vticks: registered %d\n", (int)r);
  count_upcalls();
  return 0;
}
