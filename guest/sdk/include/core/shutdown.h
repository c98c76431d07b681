/* jpok guest SDK - machine shutdown (syscall 707). */
#ifndef __POK_SHUTDOWN_H__
#define __POK_SHUTDOWN_H__

void pok_shutdown(void) __attribute__((noreturn));

#endif
