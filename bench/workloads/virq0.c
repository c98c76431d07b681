/* The virtual-IRQ probe's baseline: the same spin loop, no vCPU upcalls (see virq.c). */
#define VIRQ_OFF 1
#define VIRQ_NAME "virq0"
#include "virq.c"
