/* Virtual-IRQ latency probe (jpok only, x86-qemu-vmm BSP): the partition takes the
 * PIT's IRQ 0 as vCPU upcalls (hypercall 30) while it spins BENCH_ITERS times; the
 * handler counts the tick and returns with DO_IRET (32). virq0.c spins the same
 * loop without the upcalls: the difference between the two, in virtual time and in
 * run time, divided by the ticks delivered, is the cost of one delivery (PIT IRQ to
 * guest handler entry and back). The checksum is the spin count; the tick count is
 * printed on its own line ("virq ticks N"). Both first set the PIT to VIRQ_PIT_DIVISOR
 * (through the OUTB syscall; the partition's io_ports must hold 0x40-0x43), 20 µs
 * instead of the kernel's 1 ms, so that the deliveries add up to well above the noise
 * of the runs. */
#include <arch/x86/ioports.h>
#include <core/hypercall.h>
#include <libc/stdio.h>

#include "bench.h"

#ifndef VIRQ_NAME
#define VIRQ_NAME "virq"
#endif
#define PIT_IRQ 0

static volatile bench_u32 ticks;

/* entered on the interrupted stack with EAX = the line and virtual interrupts off */
void virq_entry(void);
__asm__(".globl virq_entry\n"
        "virq_entry:\n"
        "  pushl %eax\n"
        "  pushl $0\n"
        "  jmp virq_handler\n");

__attribute__((used, noreturn)) static void virq_handler(unsigned line) {
  if (line == PIT_IRQ)
    ticks++;
  pok_hypercall1(POK_HYPERCALL_IRQ_DO_IRET, 0);
  for (;;) /* DO_IRET does not come back */
    ;
}

#ifndef VIRQ_PIT_DIVISOR
#define VIRQ_PIT_DIVISOR 24 /* 1.193182 MHz / 24: a tick every 20.1 µs */
#endif

int main(void) {
  pok_outb(0x43, 0x34); /* channel 0, low then high byte, mode 2 (rate generator), as the BSP */
  pok_outb(0x40, VIRQ_PIT_DIVISOR & 0xFF);
  pok_outb(0x40, VIRQ_PIT_DIVISOR >> 8);
#ifndef VIRQ_OFF
  pok_hypercall2(POK_HYPERCALL_IRQ_REGISTER_VCPU, PIT_IRQ, virq_entry);
#endif
  bench_u32 spins = 0;
  for (bench_u32 i = 0; i < BENCH_ITERS; i++)
    __asm__ volatile("incl %0" : "+r"(spins));
#ifndef VIRQ_OFF
  pok_hypercall1(POK_HYPERCALL_IRQ_UNREGISTER_VCPU, 32 + PIT_IRQ);
#endif
  printf(VIRQ_NAME " ticks %u\n", ticks);
  bench_report(VIRQ_NAME, spins);
}
