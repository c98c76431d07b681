/* jpok guest SDK - port I/O through the kernel (syscalls INB 501 / OUTB 502). */
#ifndef __POK_X86_IOPORTS_H__
#define __POK_X86_IOPORTS_H__

#include <types.h>

/* Returns the byte read, or -POK_ERRNO_EPERM (-6) if the port is not granted. */
int pok_inb(unsigned short port);

/* Returns 0, or -POK_ERRNO_EPERM (-6) if the port is not granted. */
int pok_outb(unsigned short port, unsigned char value);

#define inb(port) pok_inb(port)
#define outb(port, value) pok_outb(port, value)

#endif
