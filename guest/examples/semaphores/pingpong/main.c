/* semaphores: ping (priority 20) and pong (priority 10) take turns through
 * two semaphores; a mutex protects the shared counter they print. */
#include <core/mutex.h>
#include <core/partition.h>
#include <core/semaphore.h>
#include <core/shutdown.h>
#include <core/thread.h>
#include <libc/stdio.h>

#define ROUNDS 5

static pok_sem_id_t ping_turn, pong_turn;
static pok_mutex_id_t counter_lock;
static unsigned counter;

static void say(const char *who) {
  pok_mutex_lock(counter_lock);
  printf("%s %u\n", who, counter++);
  pok_mutex_unlock(counter_lock);
}

static void ping(void) {
  int i;
  for (i = 0; i < ROUNDS; i++) {
    pok_sem_wait(ping_turn, 0);
    say("ping");
    pok_sem_signal(pong_turn);
  }
  pok_thread_stop_self();
}

static void pong(void) {
  int i;
  for (i = 0; i < ROUNDS; i++) {
    pok_sem_wait(pong_turn, 0);
    say("pong");
    pok_sem_signal(ping_turn);
  }
  printf("done after %u messages\n", counter);
  pok_shutdown();
}

static void start(void (*entry)(void), uint8_t priority) {
  pok_thread_attr_t attr;
  uint32_t tid;
  pok_thread_attr_init(&attr);
  attr.entry = entry;
  attr.priority = priority;
  if (pok_thread_create(&tid, &attr) != POK_ERRNO_OK)
    printf("cannot create a thread\n");
}

int main(void) {
  if (pok_sem_create(&ping_turn, 1, 1, POK_QUEUEING_DISCIPLINE_FIFO) != POK_ERRNO_OK ||
      pok_sem_create(&pong_turn, 0, 1, POK_QUEUEING_DISCIPLINE_FIFO) != POK_ERRNO_OK ||
      pok_mutex_create(&counter_lock, POK_QUEUEING_DISCIPLINE_PRIORITY,
                       POK_LOCKOBJ_POLICY_STANDARD) != POK_ERRNO_OK)
    printf("cannot create the lock objects\n");
  start(ping, 20);
  start(pong, 10);
  pok_partition_set_mode(POK_PARTITION_MODE_NORMAL);
  return 0;
}
