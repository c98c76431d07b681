/* vticks: counts the PIT's IRQ 0 delivered as vCPU upcalls (hypercall 30) and prints the count every
 * REPORT_EVERY upcalls, so a test sees whether the registration still holds after a BSP swap or update. */
#include <core/hypercall.h>
#include <libc/stdio.h>

#define REPORT_EVERY 20

volatile unsigned upcalls;
const pok_hypercall_args_t no_args;

/* Entered with EAX = the line on the interrupted stack: count, then DO_IRET (32) resumes the saved frame. */
void vticks_entry(void);
__asm__(".globl vticks_entry\n"
        "vticks_entry:\n"
        "  incl upcalls\n"
        "  movl $32, %eax\n"
        "  movl $no_args, %ebx\n"
        "  int $45\n"
        "0: jmp 0b\n"); /* DO_IRET does not come back */

int main(void) {
  pok_ret_t r = pok_hypercall2(POK_HYPERCALL_IRQ_REGISTER_VCPU, 0, vticks_entry);
  printf("vticks: registered %d\n", (int)r);
  unsigned reported = 0;
  for (;;) {
    unsigned now = upcalls;
    if (now >= reported + REPORT_EVERY) {
      reported = now - now % REPORT_EVERY;
      printf("vticks: %u upcalls\n", reported);
    }
  }
  return 0;
}
