/* jpok guest SDK - partition error handling (syscalls 301, 303, 304). */
#ifndef __POK_LIBPOK_ERROR_H__
#define __POK_LIBPOK_ERROR_H__

#include <errno.h>
#include <types.h>

#define POK_ERROR_MAX_LOGGED 100
#define POK_ERROR_MAX_MSG_SIZE 250

/* libpok's 20-byte view. pok_error_get fills it from the kernel's 268-byte
 * record (pok_error_kernel_status_t); msg points into an SDK-owned buffer. */
typedef struct {
  uint8_t error_kind;
  uint32_t failed_thread;
  uint32_t failed_addr;
  char *msg;
  uint32_t msg_size;
} pok_error_status_t;

/* What the kernel writes for ERROR_GET (268 bytes). */
typedef struct {
  uint8_t error_kind;
  uint32_t failed_thread;
  uint32_t failed_addr;
  char msg[POK_ERROR_MAX_MSG_SIZE];
  uint32_t msg_size;
} pok_error_kernel_status_t;

typedef struct {
  uint32_t thread;
  uint32_t error;
  pok_time_t when;
} pok_error_report_t;

extern pok_error_report_t pok_error_reported[POK_ERROR_MAX_LOGGED];

#define POK_ERROR_KIND_INVALID 9
#define POK_ERROR_KIND_DEADLINE_MISSED 10
#define POK_ERROR_KIND_APPLICATION_ERROR 11
#define POK_ERROR_KIND_NUMERIC_ERROR 12
#define POK_ERROR_KIND_ILLEGAL_REQUEST 13
#define POK_ERROR_KIND_STACK_OVERFLOW 14
#define POK_ERROR_KIND_MEMORY_VIOLATION 15
#define POK_ERROR_KIND_HARDWARE_FAULT 16
#define POK_ERROR_KIND_POWER_FAIL 17
#define POK_ERROR_KIND_PARTITION_CONFIGURATION 30
#define POK_ERROR_KIND_PARTITION_INIT 31
#define POK_ERROR_KIND_PARTITION_SCHEDULING 32
#define POK_ERROR_KIND_PARTITION_HANDLER 33
#define POK_ERROR_KIND_PARTITION_PROCESS 34
#define POK_ERROR_KIND_KERNEL_INIT 50
#define POK_ERROR_KIND_KERNEL_SCHEDULING 51
#define POK_ERROR_KIND_KERNEL_CONFIG 52

/* Registers the SDK's default handler thread (reports the error, then stops
 * the partition), as libpok does. */
pok_ret_t pok_error_handler_create(void);
/* Registers a handler thread with the given entry point. */
pok_ret_t pok_error_handler_set(void (*entry)(void), uint32_t stack_size);
void pok_error_ignore(const uint32_t error_id, const uint32_t thread_id);
void pok_error_confirm(const uint32_t error_id, const uint32_t thread_id);
void pok_error_log(const uint32_t error_id, const uint32_t thread_id);
void pok_error_raise_application_error(char *msg, uint32_t msg_size);
/* POK_ERRNO_OK if an error was recorded, POK_ERRNO_UNAVAILABLE if none. */
pok_ret_t pok_error_get(pok_error_status_t *status);

#endif
