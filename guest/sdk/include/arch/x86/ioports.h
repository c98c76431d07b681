/* jpok guest SDK - port I/O through the kernel (syscalls INB 501 / OUTB 502). */
#ifndef __POK_X86_IO_H__
#define __POK_X86_IO_H__

#include <core/syscall.h>
#include <types.h>

/* The byte read, or -POK_ERRNO_EPERM (-6) if the port is not granted. */
pok_ret_t pok_inb(uint16_t port);
/* POK_ERRNO_OK, or -POK_ERRNO_EPERM (-6) if the port is not granted. */
pok_ret_t pok_outb(uint16_t port, uint8_t value);

#endif
