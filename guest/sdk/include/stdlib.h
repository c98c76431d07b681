/* jpok guest SDK - forwards to <libc/stdlib.h>. */
#include <libc/stdlib.h>
