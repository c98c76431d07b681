/* Drives buffers, blackboards and the APEX wrappers over fake_kernel_shim.c;
 * MiddlewareTest compares the printed results with the documented ones. */
#include <arinc653/blackboard.h>
#include <arinc653/buffer.h>
#include <arinc653/error.h>
#include <arinc653/event.h>
#include <arinc653/partition.h>
#include <arinc653/process.h>
#include <arinc653/semaphore.h>
#include <arinc653/time.h>
#include <libc/stdio.h>
#include <libc/string.h>
#include <middleware/blackboard.h>
#include <middleware/buffer.h>

/* Each result is stored before printing: argument evaluation order is unspecified. */
#define SHOW(label, call)                                                      \
  do {                                                                         \
    pok_ret_t r_ = (call);                                                     \
    printf("%s %d\n", label, r_);                                              \
  } while (0)

static void buffers(void) {
  pok_buffer_id_t id = 99, other = 99;
  pok_buffer_status_t st;
  pok_port_size_t len = 0;
  char out[16];
  int i;
  SHOW("buffer create", pok_buffer_create("queue", 3, 8, POK_QUEUEING_DISCIPLINE_FIFO, &id));
  printf("  id %u\n", id);
  SHOW("buffer create again", pok_buffer_create("queue", 3, 8, POK_QUEUEING_DISCIPLINE_FIFO, &other));
  printf("  id %u\n", other);
  other = 99;
  SHOW("buffer too big", pok_buffer_create("huge", 200, 16, POK_QUEUEING_DISCIPLINE_FIFO, &other));
  printf("  id untouched %u\n", other);
  SHOW("buffer id", pok_buffer_id("queue", &other));
  printf("  id %u\n", other);
  SHOW("buffer id unknown", pok_buffer_id("nope", &other));
  SHOW("receive empty", pok_buffer_receive(id, 0, out, &len));
  SHOW("receive timed", pok_buffer_receive(id, 5, out, &len));
  SHOW("send too long", pok_buffer_send(id, "123456789", 9, 0));
  SHOW("send empty", pok_buffer_send(id, "", 0, 0));
  for (i = 1; i <= 3; i++) {
    char msg[8] = "m";
    memset(msg + 1, '0' + i, (size_t)i);
    msg[i + 1] = '\0';
    SHOW(msg, pok_buffer_send(id, msg, strlen(msg) + 1, 0));
  }
  SHOW("send full", pok_buffer_send(id, "x", 2, 0));
  SHOW("send full timed", pok_buffer_send(id, "x", 2, 7));
  pok_buffer_status(id, &st);
  printf("status %u of %u, size %u\n", st.nb_messages, st.max_messages, st.message_size);
  for (i = 0; i < 3; i++) {
    pok_ret_t ret = pok_buffer_receive(id, POK_MIDDLEWARE_INFINITE_TIMEOUT, out, &len);
    printf("receive %d '%s' %u\n", ret, out, len);
  }
  SHOW("send after wrap", pok_buffer_send(id, "wrap", 5, 0));
  SHOW("receive after wrap", pok_buffer_receive(id, 0, out, &len));
  printf("  '%s' %u\n", out, len);
  SHOW("bad id", pok_buffer_send(7, "x", 2, 0));
}

static void blackboards(void) {
  pok_blackboard_id_t id = 99;
  pok_blackboard_status_t st;
  pok_port_size_t len = 0;
  char out[32] = "";
  SHOW("board create", pok_blackboard_create("board", 16, &id));
  printf("  id %u\n", id);
  SHOW("board read empty", pok_blackboard_read(id, 0, out, &len));
  SHOW("board read timed", pok_blackboard_read(id, 3, out, &len));
  SHOW("board display", pok_blackboard_display(id, "hello", 6));
  SHOW("board display too long", pok_blackboard_display(id, "0123456789abcdefg", 17));
  SHOW("board read", pok_blackboard_read(id, 0, out, &len));
  printf("  '%s' %u\n", out, len);
  pok_blackboard_status(id, &st);
  printf("board status empty %d size %u\n", st.empty, st.msg_size);
  SHOW("board clear", pok_blackboard_clear(id));
  SHOW("board read cleared", pok_blackboard_read(id, 0, out, &len));
}

static void entry(void) {}

static void apex(void) {
  RETURN_CODE_TYPE rc;
  BUFFER_ID_TYPE buf;
  BLACKBOARD_ID_TYPE board;
  SEMAPHORE_ID_TYPE sem, sem2;
  EVENT_ID_TYPE ev;
  EVENT_STATUS_TYPE evs;
  PROCESS_ID_TYPE pid, pid2;
  PROCESS_ATTRIBUTE_TYPE attr;
  PROCESS_STATUS_TYPE ps;
  PARTITION_STATUS_TYPE part;
  MESSAGE_SIZE_TYPE len;
  SYSTEM_TIME_TYPE t;
  char text[16];
  int v = 42, w = 0;

  CREATE_BUFFER("apexbuf", sizeof(int), 2, FIFO, &buf, &rc);
  printf("CREATE_BUFFER %d\n", rc);
  SEND_BUFFER(buf, (MESSAGE_ADDR_TYPE)&v, sizeof v, 0, &rc);
  printf("SEND_BUFFER %d\n", rc);
  RECEIVE_BUFFER(buf, INFINITE_TIME_VALUE, (MESSAGE_ADDR_TYPE)&w, &len, &rc);
  printf("RECEIVE_BUFFER %d %d %ld\n", rc, w, (long)len);
  RECEIVE_BUFFER(buf, 0, (MESSAGE_ADDR_TYPE)&w, &len, &rc);
  printf("RECEIVE_BUFFER empty %d\n", rc);
  RECEIVE_BUFFER(buf, 1500, (MESSAGE_ADDR_TYPE)&w, &len, &rc);
  printf("RECEIVE_BUFFER timed %d\n", rc);

  CREATE_BLACKBOARD("apexboard", 16, &board, &rc);
  printf("CREATE_BLACKBOARD %d\n", rc);
  READ_BLACKBOARD(board, 0, (MESSAGE_ADDR_TYPE)text, &len, &rc);
  printf("READ_BLACKBOARD empty %d\n", rc);
  DISPLAY_BLACKBOARD(board, (MESSAGE_ADDR_TYPE) "state", 6, &rc);
  READ_BLACKBOARD(board, 0, (MESSAGE_ADDR_TYPE)text, &len, &rc);
  printf("READ_BLACKBOARD %d '%s' %ld\n", rc, text, (long)len);

  CREATE_SEMAPHORE("sem", 1, 2, FIFO, &sem, &rc);
  printf("CREATE_SEMAPHORE %d\n", rc);
  CREATE_SEMAPHORE("sem", 1, 2, FIFO, &sem2, &rc);
  printf("CREATE_SEMAPHORE again %d\n", rc);
  CREATE_SEMAPHORE("bad", 3, 2, FIFO, &sem2, &rc);
  printf("CREATE_SEMAPHORE bad %d\n", rc);
  WAIT_SEMAPHORE(sem, 0, &rc);
  printf("WAIT_SEMAPHORE %d\n", rc);
  WAIT_SEMAPHORE(sem, 0, &rc);
  printf("WAIT_SEMAPHORE busy %d\n", rc);
  WAIT_SEMAPHORE(sem, 2000, &rc);
  printf("WAIT_SEMAPHORE timed %d\n", rc);
  SIGNAL_SEMAPHORE(sem, &rc);
  printf("SIGNAL_SEMAPHORE %d\n", rc);
  GET_SEMAPHORE_ID("sem", &sem2, &rc);
  printf("GET_SEMAPHORE_ID %d same %d\n", rc, sem2 == sem);

  CREATE_EVENT("ev", &ev, &rc);
  printf("CREATE_EVENT %d\n", rc);
  WAIT_EVENT(ev, 0, &rc);
  printf("WAIT_EVENT down %d\n", rc);
  WAIT_EVENT(ev, 1000, &rc);
  printf("WAIT_EVENT timed %d\n", rc);
  SET_EVENT(ev, &rc);
  WAIT_EVENT(ev, INFINITE_TIME_VALUE, &rc);
  GET_EVENT_STATUS(ev, &evs, &rc);
  printf("WAIT_EVENT up %d state %d\n", rc, evs.EVENT_STATE);
  RESET_EVENT(ev, &rc);
  GET_EVENT_STATUS(ev, &evs, &rc);
  printf("RESET_EVENT %d state %d\n", rc, evs.EVENT_STATE);

  memset(&attr, 0, sizeof attr);
  strcpy(attr.NAME, "worker");
  attr.ENTRY_POINT = (SYSTEM_ADDRESS_TYPE)entry;
  attr.BASE_PRIORITY = 7;
  attr.PERIOD = 10000000;
  attr.TIME_CAPACITY = INFINITE_TIME_VALUE;
  CREATE_PROCESS(&attr, &pid, &rc);
  printf("CREATE_PROCESS %d id %ld\n", rc, (long)pid);
  CREATE_PROCESS(&attr, &pid2, &rc);
  printf("CREATE_PROCESS again %d\n", rc);
  attr.BASE_PRIORITY = 64;
  strcpy(attr.NAME, "bad");
  CREATE_PROCESS(&attr, &pid2, &rc);
  printf("CREATE_PROCESS bad priority %d\n", rc);
  GET_PROCESS_ID("worker", &pid2, &rc);
  printf("GET_PROCESS_ID %d %ld\n", rc, (long)pid2);
  START(pid, &rc);
  DELAYED_START(pid, 5000000, &rc);
  SET_PRIORITY(pid, 9, &rc);
  GET_PROCESS_STATUS(pid, &ps, &rc);
  printf("GET_PROCESS_STATUS %d priority %ld state %d name %s\n", rc,
         (long)ps.CURRENT_PRIORITY, ps.PROCESS_STATE, ps.ATTRIBUTES.NAME);
  SET_PRIORITY(pid + 5, 9, &rc);
  printf("SET_PRIORITY unknown %d\n", rc);

  GET_PARTITION_STATUS(&part, &rc);
  printf("GET_PARTITION_STATUS %d id %ld mode %d duration %lld\n", rc, (long)part.IDENTIFIER,
         part.OPERATING_MODE, part.DURATION);
  SET_PARTITION_MODE(NORMAL, &rc);
  printf("SET_PARTITION_MODE %d\n", rc);
  SET_PARTITION_MODE(NORMAL, &rc);
  printf("SET_PARTITION_MODE again %d\n", rc);
  TIMED_WAIT(1500000, &rc);
  GET_TIME(&t, &rc);
  printf("GET_TIME %d %lld\n", rc, t);

  RAISE_APPLICATION_ERROR(NUMERIC_ERROR, (MESSAGE_ADDR_TYPE) "x", 1, &rc);
  printf("RAISE_APPLICATION_ERROR wrong code %d\n", rc);
  RAISE_APPLICATION_ERROR(APPLICATION_ERROR, (MESSAGE_ADDR_TYPE) "oops", 5, &rc);
  printf("RAISE_APPLICATION_ERROR %d\n", rc);
  {
    ERROR_STATUS_TYPE es;
    GET_ERROR_STATUS(&es, &rc);
    printf("GET_ERROR_STATUS none %d\n", rc);
  }
}

int main(void) {
  buffers();
  blackboards();
  apex();
  printf("done\n");
  return 0;
}
