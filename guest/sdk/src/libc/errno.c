/* jpok guest SDK - the global errno of libpok (declared in errno.h; the SDK,
 * like libpok, never sets it). */
#include <errno.h>

uint32_t errno;
