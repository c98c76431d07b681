/* Calls libpok services; trace_shim.c prints the syscalls they make, and
 * AbiTraceTest compares them with POK's ABI. */
#include <arch/x86/ioports.h>
#include <core/error.h>
#include <core/event.h>
#include <core/mutex.h>
#include <core/partition.h>
#include <core/semaphore.h>
#include <core/shutdown.h>
#include <core/thread.h>
#include <core/time.h>
#include <libc/stdio.h>
#include <middleware/port.h>

void trace_name(const void *ptr, const char *name);

static void entry(void) {}

int main(void) {
  pok_thread_attr_t attr = {0};
  uint32_t tid = 0;
  pok_sem_id_t sem = 0;
  pok_mutex_id_t mutex = 0;
  pok_event_id_t event = 0xABCD;
  pok_time_t now = 0, deadline = 0;
  pok_port_id_t port = 0;
  pok_port_size_t len = 0;
  bool_t valid = 0;
  char data[8] = "payload";
  uint8_t pid = 0;
  pok_error_status_t status = {0};

  trace_name(&attr, "&attr");
  trace_name(&tid, "&tid");
  trace_name(&sem, "&sem");
  trace_name(&mutex, "&mutex");
  trace_name(&now, "&now");
  trace_name(&port, "&port");
  trace_name(&len, "&len");
  trace_name(&valid, "&valid");
  trace_name(data, "data");
  trace_name(&pid, "&pid");
  trace_name("temp", "\"temp\"");
  trace_name(entry, "entry");

  pok_thread_attr_init(&attr);
  attr.entry = entry;
  attr.period = 5000000;
  attr.stack_size = 4096;
  attr.processor_affinity = 0;
  pok_thread_create(&tid, &attr);
  printf("tid %u\n", tid);
  pok_thread_sleep(1500);
  pok_thread_sleep_until(77);
  pok_thread_period();
  pok_thread_suspend();
  pok_thread_suspend_target(12);
  pok_thread_stop_self();
  pok_thread_stop(3);
  pok_thread_restart(2);
  pok_thread_delayed_start(12, 250);
  pok_thread_set_priority(12, 99);
  pok_thread_resume(12);
  pok_thread_status(12, &attr);
  pok_thread_id(&tid);

  pok_time_get(&now);
  pok_time_compute_deadline(1000, &deadline);
  printf("deadline %llu\n", deadline);

  pok_sem_create(&sem, 1, 5, POK_QUEUEING_DISCIPLINE_PRIORITY);
  printf("sem %u\n", sem);
  pok_sem_wait(sem, 5);
  pok_sem_wait(sem, 0);
  pok_sem_signal(sem);
  pok_mutex_create(&mutex, POK_QUEUEING_DISCIPLINE_FIFO, POK_LOCKOBJ_POLICY_PCP);
  pok_mutex_lock(mutex);
  pok_mutex_trylock(mutex, 3);
  pok_mutex_unlock(mutex);
  pok_event_create(&event);
  printf("event %u\n", event);
  pok_event_lock(event);
  pok_event_wait(event, 2);
  pok_event_signal(event);
  pok_event_broadcast(event);
  pok_event_unlock(event);

  pok_port_sampling_create("temp", 4, POK_PORT_DIRECTION_OUT, 20000000ull, &port);
  pok_port_sampling_write(port, data, 4);
  pok_port_sampling_read(port, data, &len, &valid);
  pok_port_sampling_id("temp", &port);
  pok_port_queueing_create("temp", 64, POK_PORT_DIRECTION_IN,
                           POK_QUEUEING_DISCIPLINE_FIFO, &port);
  pok_port_queueing_send(port, data, 8, 1000);
  pok_port_queueing_receive(port, 0x100000005ull, 8, data, &len);
  pok_port_queueing_id("temp", &port);

  pok_partition_set_mode(POK_PARTITION_MODE_NORMAL);
  pok_current_partition_get_id(&pid);
  pok_current_partition_get_operating_mode(&tid);

  pok_error_raise_application_error(data, 7);
  if (pok_error_get(&status) == POK_ERRNO_OK)
    printf("error kind %d thread %u addr %x msg '%s' size %u\n", status.error_kind,
           status.failed_thread, status.failed_addr, status.msg, status.msg_size);

  pok_outb(0x3F8, 'A');
  pok_inb(0x3FD);
  getChar();
  pok_shutdown();
  return 0;
}
