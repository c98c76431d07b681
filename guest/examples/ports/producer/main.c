/* ports, producer: once per major frame, publishes a temperature sample and
 * queues a command. */
#include <core/partition.h>
#include <core/thread.h>
#include <libc/stdio.h>
#include <libc/string.h>
#include <middleware/port.h>

#define MAJOR_FRAME_NS 10000000ull

static pok_port_id_t temp_out, cmd_out;

static void worker(void) {
  uint32_t round = 0;
  char cmd[16];
  for (;;) {
    uint32_t temperature = 20 + ++round;
    pok_ret_t s = pok_port_sampling_write(temp_out, &temperature, sizeof temperature);
    pok_ret_t q;
    strcpy(cmd, "cmd ");
    itoa((int)round, cmd + 4, 10);
    q = pok_port_queueing_send(cmd_out, cmd, strlen(cmd) + 1, 0);
    printf("producer: round %u sample %u (%d) command '%s' (%d)\n", round,
           temperature, s, cmd, q);
    pok_thread_period();
  }
}

int main(void) {
  pok_thread_attr_t attr;
  uint32_t tid;
  pok_ret_t ret;
  ret = pok_port_sampling_create("temp_out", 4, POK_PORT_DIRECTION_OUT, 0, &temp_out);
  if (ret != POK_ERRNO_OK)
    printf("producer: sampling port: error %d\n", ret);
  ret = pok_port_queueing_create("cmd_out", 64, POK_PORT_DIRECTION_OUT,
                                 POK_QUEUEING_DISCIPLINE_FIFO, &cmd_out);
  if (ret != POK_ERRNO_OK)
    printf("producer: queuing port: error %d\n", ret);
  pok_thread_attr_init(&attr);
  attr.entry = worker;
  attr.period = MAJOR_FRAME_NS;
  pok_thread_create(&tid, &attr);
  pok_partition_set_mode(POK_PARTITION_MODE_NORMAL);
  return 0;
}
