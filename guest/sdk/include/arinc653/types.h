/* jpok guest SDK - ARINC 653 APEX base types (as libpok). */
#ifndef APEX_TYPES
#define APEX_TYPES

#include <types.h>

#define SYSTEM_LIMIT_NUMBER_OF_PARTITIONS 32
#define SYSTEM_LIMIT_NUMBER_OF_MESSAGES 512
#define SYSTEM_LIMIT_MESSAGE_SIZE 8192
#define SYSTEM_LIMIT_NUMBER_OF_PROCESSES 128
#define SYSTEM_LIMIT_NUMBER_OF_SAMPLING_PORTS 512
#define SYSTEM_LIMIT_NUMBER_OF_QUEUING_PORTS 512
#define SYSTEM_LIMIT_NUMBER_OF_BUFFERS 256
#define SYSTEM_LIMIT_NUMBER_OF_BLACKBOARDS 256
#define SYSTEM_LIMIT_NUMBER_OF_SEMAPHORES 256
#define SYSTEM_LIMIT_NUMBER_OF_EVENTS 256

typedef unsigned char APEX_BYTE;     /* 8-bit unsigned */
typedef long APEX_INTEGER;           /* 32-bit signed */
typedef unsigned long APEX_UNSIGNED; /* 32-bit unsigned */
typedef long long APEX_LONG_INTEGER; /* 64-bit signed */

typedef enum {
  NO_ERROR = 0,
  NO_ACTION = 1,
  NOT_AVAILABLE = 2,
  INVALID_PARAM = 3,
  INVALID_CONFIG = 4,
  INVALID_MODE = 5,
  TIMED_OUT = 6
} RETURN_CODE_TYPE;

/* Services take names as char * (the same C type as a NAME_TYPE parameter)
 * so that string literals shorter than 30 characters pass gcc's checks. */
#define MAX_NAME_LENGTH 30
typedef char NAME_TYPE[MAX_NAME_LENGTH];
typedef void(*SYSTEM_ADDRESS_TYPE);
typedef APEX_BYTE *MESSAGE_ADDR_TYPE;
typedef APEX_INTEGER MESSAGE_SIZE_TYPE;
typedef APEX_INTEGER MESSAGE_RANGE_TYPE;
typedef enum { SOURCE = 0, DESTINATION = 1 } PORT_DIRECTION_TYPE;
typedef enum { FIFO = 0, PRIORITY = 1 } QUEUING_DISCIPLINE_TYPE;
typedef APEX_LONG_INTEGER SYSTEM_TIME_TYPE; /* nanoseconds */
#define INFINITE_TIME_VALUE -1

#endif
