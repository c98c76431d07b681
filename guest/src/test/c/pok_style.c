/* Written the way POK partitions are written (uninitialised attribute
 * structures, `void *job()` entries, `int main()`, POK_NEEDS_* switches,
 * POK's macros with NULL arguments, the old header paths), to check that such
 * code compiles against the SDK with -Wall -Werror. */
#define POK_NEEDS_THREADS 1
#define POK_NEEDS_PARTITIONS 1
#define POK_NEEDS_SEMAPHORES 1
#define POK_NEEDS_MUTEXES 1
#define POK_NEEDS_EVENTS 1
#define POK_NEEDS_MIDDLEWARE 1
#define POK_NEEDS_BUFFERS 1
#define POK_NEEDS_BLACKBOARDS 1
#define POK_NEEDS_PORTS_SAMPLING 1
#define POK_NEEDS_PORTS_QUEUEING 1
#define POK_NEEDS_ARINC653_PROCESS 1
#include <arch.h>
#include <arinc653/arincutils.h>
#include <arinc653/partition.h>
#include <arinc653/time.h>
#include <assert.h>
#include <core/allocator.h>
#include <core/dependencies.h>
#include <core/error.h>
#include <core/event.h>
#include <core/mutex.h>
#include <core/partition.h>
#include <core/semaphore.h>
#include <core/shutdown.h>
#include <core/syscall.h>
#include <core/thread.h>
#include <core/time.h>
#include <libm.h>
#include <middleware/blackboard.h>
#include <middleware/buffer.h>
#include <middleware/port.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <types.h>

uint8_t sid;
pok_mutex_id_t mid;
pok_port_id_t pid;

void *pinger_job() {
  pok_ret_t ret;
  while (1) {
    printf("P1T1: I will signal semaphores\n");
    ret = pok_sem_signal(sid);
    printf("P1T1: pok_sem_signal, ret=%d\n", ret);
    pok_thread_sleep(2000000);
  }
}

void *pinger_job2() {
  pok_ret_t ret;
  uint8_t data[4];
  pok_port_size_t len;
  bool_t valid;
  while (1) {
    ret = pok_mutex_lock(mid);
    ret = pok_port_sampling_read(pid, data, &len, &valid);
    printf("read %d %d len=%d valid=%d\n", ret, data[0], len, valid);
    pok_mutex_unlock(mid);
    pok_thread_period();
  }
}

int main() {
  uint32_t tid;
  pok_ret_t ret;
  pok_thread_attr_t tattr;
  uint32_t mode;
  pok_time_t t;

  ret = pok_sem_create(&sid, 0, 50, POK_QUEUEING_DISCIPLINE_DEFAULT);
  printf("[P1] pok_sem_create return=%d, mid=%d\n", ret, sid);
  ret = pok_mutex_create(&mid, POK_QUEUEING_DISCIPLINE_DEFAULT, POK_LOCKING_DISCIPLINE_DEFAULT);
  ret = pok_port_sampling_create("data", 4, POK_PORT_DIRECTION_IN, 1000, &pid);

  tattr.priority = 40;
  tattr.entry = pinger_job;
  tattr.processor_affinity = 0;
  ret = pok_thread_create(&tid, &tattr);
  printf("[P1] pok_thread_create (1) return=%d\n", ret);
  tattr.priority = 42;
  tattr.entry = pinger_job2;
  tattr.period = 1000000;
  ret = pok_thread_create(&tid, &tattr);

  pok_current_partition_get_operating_mode(&mode);
  pok_time_get(&t);
  assert(mode == POK_PARTITION_MODE_INIT_WARM);
  printf("%u %llu %d %f\n", mode, t, rand(), sqrt(2.0));
  pok_syscall2(POK_SYSCALL_THREAD_SUSPEND, NULL, NULL);
  pok_partition_set_mode(POK_PARTITION_MODE_NORMAL);
  pok_thread_wait_infinite();
  return (0);
}
