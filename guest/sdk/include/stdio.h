/* jpok guest SDK - forwards to <libc/stdio.h>. */
#include <libc/stdio.h>
