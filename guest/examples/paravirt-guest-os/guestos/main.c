/* paravirt-guest-os: two guest tasks, a round-robin scheduler driven by
 * virtual timer interrupts, virtual cli/sti around shared state. */
#include <core/hypercall.h>
#include <core/shutdown.h>
#include <libc/stdio.h>

#define PIT_IRQ 0
#define QUANTUM_TICKS 2 /* a task switch every 2 virtual ticks (2 ms) */
#define STEPS 4
#define STACK_WORDS 1024

static pok_interrupt_frame_t frames[2]; /* each task's saved context */
static int started[2];
static int current;
static unsigned ticks_in_quantum, switches;
static uint32_t stacks[2][STACK_WORDS];
static volatile int shared, done[2];

static void vcli(void) { pok_hypercall1(POK_HYPERCALL_IRQ_PARTITION_DISABLE, 0); }
static void vsti(void) { pok_hypercall1(POK_HYPERCALL_IRQ_PARTITION_ENABLE, 0); }

static uint32_t now_ms(void) {
  uint64_t t = 0;
  pok_hypercall1(POK_HYPERCALL_GETTICK, &t);
  return (uint32_t)t;
}

static void task(int id) {
  for (int step = 1; step <= STEPS; step++) {
    vcli(); /* no task switch while the shared state and the line are ours */
    shared++;
    printf("task %c: step %d, shared %d\n", 'A' + id, step, shared);
    vsti();
    uint32_t until = now_ms() + 3; /* work for 3 ms of virtual time */
    while (now_ms() < until)
      ;
  }
  done[id] = 1;
  while (!done[1 - id])
    ;
  vcli();
  printf("guest OS: both tasks done after %u switches, shared %d\n", switches, shared);
  pok_shutdown();
}

static void task_b(void) { task(1); }

/* The upcall: on the interrupted stack, EAX = the line, virtual IF off. */
void upcall_entry(void);
__asm__(".globl upcall_entry\n"
        "upcall_entry:\n"
        "  pushl %eax\n"
        "  pushl $0\n"
        "  jmp on_timer\n");

__attribute__((used, noreturn)) static void on_timer(unsigned line) {
  if (line == PIT_IRQ && ++ticks_in_quantum >= QUANTUM_TICKS) {
    ticks_in_quantum = 0;
    int next = 1 - current;
    pok_hypercall1(POK_HYPERCALL_VCPU_GET_FRAME, &frames[current]);
    if (!started[next]) { /* a first run: the other task's entry on its own stack */
      started[next] = 1;
      frames[next] = frames[current];
      frames[next].eip = (uint32_t)task_b;
      frames[next].esp = (uint32_t)&stacks[next][STACK_WORDS - 4];
    }
    pok_hypercall1(POK_HYPERCALL_VCPU_SET_FRAME, &frames[next]);
    current = next;
    switches++;
  }
  pok_hypercall1(POK_HYPERCALL_IRQ_DO_IRET, 0);
  for (;;)
    ;
}

int main(void) {
  started[0] = 1;
  if (pok_hypercall2(POK_HYPERCALL_IRQ_REGISTER_VCPU, PIT_IRQ, upcall_entry) != POK_ERRNO_OK) {
    printf("guest OS: no vCPU (not the x86-qemu-vmm BSP?)\n");
    return 0;
  }
  printf("guest OS: two tasks, a switch every %d virtual ticks\n", QUANTUM_TICKS);
  task(0);
  return 0;
}
