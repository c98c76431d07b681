/* jpok guest SDK - forwards to <libc/stdarg.h>. */
#include <libc/stdarg.h>
