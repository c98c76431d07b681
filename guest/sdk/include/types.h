/* jpok guest SDK - POK's basic types (libpok include/types.h). */
#ifndef __POK_TYPES_H__
#define __POK_TYPES_H__

#include <arch/x86/types.h>

#ifndef NULL
#define NULL 0
#endif
#define FALSE 0
#define TRUE 1
#define bool_t int
#define pok_bool_t int

typedef uint32_t pok_port_size_t;
typedef uint8_t pok_port_direction_t;
typedef uint8_t pok_port_id_t;
typedef uint32_t pok_size_t;
typedef uint8_t pok_range_t;
typedef uint8_t pok_buffer_id_t;
typedef uint8_t pok_blackboard_id_t;
typedef uint8_t pok_mutex_id_t;
typedef uint16_t pok_event_id_t;
typedef uint8_t pok_sem_id_t;
typedef uint8_t pok_partition_id_t;
typedef uint8_t pok_sem_status_t;
typedef uint16_t pok_sem_value_t;

typedef uint64_t pok_time_t;

#endif
