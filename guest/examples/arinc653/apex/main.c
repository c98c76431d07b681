/* arinc653: an APEX partition. The producer process (priority 20) sends
 * jobs through a buffer and displays its progress on a blackboard; the
 * consumer process (priority 10) receives each job and reads the board. */
#include <arinc653/blackboard.h>
#include <arinc653/buffer.h>
#include <arinc653/partition.h>
#include <arinc653/process.h>
#include <arinc653/time.h>
#include <core/shutdown.h>
#include <libc/stdio.h>
#include <libc/string.h>

#define JOBS 3
#define MILLISECOND 1000000ll

static BUFFER_ID_TYPE jobs;
static BLACKBOARD_ID_TYPE board;

static void producer(void) {
  RETURN_CODE_TYPE rc;
  char text[32];
  int i;
  for (i = 1; i <= JOBS; i++) {
    SEND_BUFFER(jobs, (MESSAGE_ADDR_TYPE)&i, sizeof i, INFINITE_TIME_VALUE, &rc);
    strcpy(text, "producer sent job ");
    itoa(i, text + strlen(text), 10);
    DISPLAY_BLACKBOARD(board, (MESSAGE_ADDR_TYPE)text, strlen(text) + 1, &rc);
    TIMED_WAIT(2 * MILLISECOND, &rc);
  }
  STOP_SELF();
}

static void consumer(void) {
  RETURN_CODE_TYPE rc;
  MESSAGE_SIZE_TYPE len;
  char text[32];
  int job, received;
  for (received = 0; received < JOBS; received++) {
    RECEIVE_BUFFER(jobs, INFINITE_TIME_VALUE, (MESSAGE_ADDR_TYPE)&job, &len, &rc);
    printf("consumer: job %d (%ld bytes, rc %d)\n", job, (long)len, rc);
    READ_BLACKBOARD(board, 0, (MESSAGE_ADDR_TYPE)text, &len, &rc);
    printf("consumer: board says '%s' (rc %d)\n", text, rc);
  }
  printf("consumer: all %d jobs done\n", received);
  pok_shutdown();
}

static PROCESS_ID_TYPE create(const char *name, void (*entry)(void),
                              PRIORITY_TYPE priority) {
  PROCESS_ATTRIBUTE_TYPE attr;
  PROCESS_ID_TYPE id = 0;
  RETURN_CODE_TYPE rc;
  memset(&attr, 0, sizeof attr);
  strncpy(attr.NAME, name, MAX_NAME_LENGTH);
  attr.ENTRY_POINT = (SYSTEM_ADDRESS_TYPE)entry;
  attr.STACK_SIZE = 4096;
  attr.BASE_PRIORITY = priority;
  attr.PERIOD = INFINITE_TIME_VALUE;
  attr.TIME_CAPACITY = INFINITE_TIME_VALUE;
  attr.DEADLINE = SOFT;
  CREATE_PROCESS(&attr, &id, &rc);
  if (rc != NO_ERROR)
    printf("apex: CREATE_PROCESS %s: rc %d\n", name, rc);
  START(id, &rc);
  if (rc != NO_ERROR)
    printf("apex: START %s: rc %d\n", name, rc);
  return id;
}

int main(void) {
  RETURN_CODE_TYPE rc;
  CREATE_BUFFER("jobs", sizeof(int), 4, FIFO, &jobs, &rc);
  if (rc != NO_ERROR)
    printf("apex: CREATE_BUFFER: rc %d\n", rc);
  CREATE_BLACKBOARD("board", 32, &board, &rc);
  if (rc != NO_ERROR)
    printf("apex: CREATE_BLACKBOARD: rc %d\n", rc);
  create("producer", producer, 20);
  create("consumer", consumer, 10);
  printf("apex: going NORMAL\n");
  SET_PARTITION_MODE(NORMAL, &rc);
  return 0;
}
