/* jpok guest SDK - limits of the intra-partition middleware (buffers and
 * blackboards live in the partition, as in POK). A partition may override
 * them with -D when it compiles the SDK. */
#ifndef __POK_USER_QUEUE_H__
#define __POK_USER_QUEUE_H__

#include <types.h>

#ifndef POK_CONFIG_NB_BUFFERS
#define POK_CONFIG_NB_BUFFERS 8
#endif
#ifndef POK_CONFIG_NB_BLACKBOARDS
#define POK_CONFIG_NB_BLACKBOARDS 8
#endif
/* Bytes shared by all buffers, and by all blackboards, of a partition. */
#ifndef POK_USER_QUEUE_DATA_SIZE
#define POK_USER_QUEUE_DATA_SIZE 1024
#endif
#define POK_MIDDLEWARE_NAME_MAX 30

/* Middleware timeouts are microseconds; 0 = do not wait. */
#define POK_MIDDLEWARE_INFINITE_TIMEOUT ((uint64_t)-1)

#endif
