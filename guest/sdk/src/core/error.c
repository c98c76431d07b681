/* jpok guest SDK - error handling. */
#include <core/error.h>
#include <core/partition.h>
#include <core/syscall.h>
#include <core/thread.h>
#include <core/time.h>
#include <libc/stdio.h>
#include <libc/string.h>

pok_error_report_t pok_error_reported[POK_ERROR_MAX_LOGGED];
static uint32_t nb_reported;
static char last_message[POK_ERROR_MAX_MSG_SIZE + 1];

/* libpok's default worker: report the error, then stop the partition. */
static void default_error_handler(void) {
  pok_error_status_t status;
  if (pok_error_get(&status) == POK_ERRNO_OK)
    printf("[SDK] partition error %d in thread %u at 0x%x\n", status.error_kind,
           status.failed_thread, status.failed_addr);
  pok_partition_set_mode(POK_PARTITION_MODE_STOPPED);
  for (;;) /* only reached if the kernel refused to stop the partition */
    pok_thread_stop_self();
}

pok_ret_t pok_error_handler_set(void (*entry)(void), uint32_t stack_size) {
  return pok_syscall2(POK_SYSCALL_ERROR_HANDLER_CREATE, stack_size, entry);
}

pok_ret_t pok_error_handler_create(void) {
  return pok_error_handler_set(default_error_handler, 2048);
}

void pok_error_log(const uint32_t error_id, const uint32_t thread_id) {
  pok_error_report_t *report;
  if (nb_reported >= POK_ERROR_MAX_LOGGED) /* POK writes past the end */
    return;
  report = &pok_error_reported[nb_reported++];
  report->thread = thread_id;
  report->error = error_id;
  if (pok_time_gettick(&report->when) != POK_ERRNO_OK)
    report->when = 0;
}

void pok_error_ignore(const uint32_t error_id, const uint32_t thread_id) {
  pok_error_log(error_id, thread_id);
}

void pok_error_confirm(const uint32_t error_id, const uint32_t thread_id) {
  pok_error_log(error_id, thread_id);
}

void pok_error_raise_application_error(char *msg, uint32_t msg_size) {
  if (msg_size > POK_ERROR_MAX_MSG_SIZE)
    msg_size = POK_ERROR_MAX_MSG_SIZE;
  pok_syscall2(POK_SYSCALL_ERROR_RAISE_APPLICATION_ERROR, msg, msg_size);
}

pok_ret_t pok_error_get(pok_error_status_t *status) {
  /* The kernel writes its full 268-byte record; receive it here and hand
   * the caller libpok's 20-byte view. */
  pok_error_kernel_status_t record;
  pok_ret_t ret;
  memset(&record, 0, sizeof(record));
  ret = pok_syscall2(POK_SYSCALL_ERROR_GET, &record, 0);
  if (ret != POK_ERRNO_OK)
    return ret;
  if (record.msg_size > POK_ERROR_MAX_MSG_SIZE)
    record.msg_size = POK_ERROR_MAX_MSG_SIZE;
  memcpy(last_message, record.msg, record.msg_size);
  last_message[record.msg_size] = '\0';
  status->error_kind = record.error_kind;
  status->failed_thread = record.failed_thread;
  status->failed_addr = record.failed_addr;
  status->msg = last_message;
  status->msg_size = record.msg_size;
  return POK_ERRNO_OK;
}
