/* jpok guest SDK - forwards to <libc/string.h>. */
#include <libc/string.h>
