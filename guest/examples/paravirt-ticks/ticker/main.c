/* paravirt-ticks, ticker: counts virtual timer interrupts delivered as vCPU upcalls. */
#include <core/hypercall.h>
#include <libc/stdio.h>

#define PIT_IRQ 0
#define TICKS 8

static volatile unsigned virtual_ticks;

/* The upcall enters here on the interrupted stack with EAX = the IRQ line and
 * virtual interrupts off. It never returns: DO_IRET resumes the saved frame. */
void upcall_entry(void);
__asm__(".globl upcall_entry\n"
        "upcall_entry:\n"
        "  pushl %eax\n" /* the line, as the handler's argument */
        "  pushl $0\n"   /* no return address */
        "  jmp on_virtual_irq\n");

__attribute__((used, noreturn)) static void on_virtual_irq(unsigned line) {
  uint64_t tick = 0;
  if (line == PIT_IRQ) {
    virtual_ticks++;
    pok_hypercall1(POK_HYPERCALL_GETTICK, &tick);
    printf("Clock gettick: %u\n", (unsigned)tick);
  }
  pok_hypercall1(POK_HYPERCALL_IRQ_DO_IRET, 0);
  for (;;) /* DO_IRET does not come back */
    ;
}

int main(void) {
  pok_ret_t r = pok_hypercall2(POK_HYPERCALL_IRQ_REGISTER_VCPU, PIT_IRQ, upcall_entry);
  printf("ticker: vCPU entry for IRQ %d: %d\n", PIT_IRQ, (int)r);
  while (virtual_ticks < TICKS)
    ;
  /* unregistering takes the vector, not the line (POK's vmm ABI) */
  pok_hypercall1(POK_HYPERCALL_IRQ_UNREGISTER_VCPU, 32 + PIT_IRQ);
  printf("ticker: %u virtual ticks, done\n", virtual_ticks);
  for (;;)
    ;
  return 0;
}
