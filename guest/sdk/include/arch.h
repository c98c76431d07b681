/* jpok guest SDK - architecture helpers (x86). */
#ifndef __POK_ARCH_H__
#define __POK_ARCH_H__

#include <types.h>
#include <errno.h>

#define POK_ARCH_X86 1

/* Waits forever without using the CPU's privileged hlt (user mode). */
void pok_arch_idle(void);

/* Executes a division by zero on purpose: the kernel raises NUMERIC_ERROR. */
void pok_division_by_zero_error(void) __attribute__((noreturn));

#endif
