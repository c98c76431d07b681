/* ports, consumer: once per major frame, reads the latest sample and every
 * queued command; stops the machine after the third command. */
#include <core/partition.h>
#include <core/shutdown.h>
#include <core/thread.h>
#include <libc/stdio.h>
#include <middleware/port.h>

#define MAJOR_FRAME_NS 10000000ull

static pok_port_id_t temp_in, cmd_in;

static void worker(void) {
  unsigned commands = 0;
  for (;;) {
    uint32_t temperature = 0;
    pok_port_size_t len = 0;
    bool_t valid = 0;
    char cmd[64];
    pok_ret_t ret = pok_port_sampling_read(temp_in, &temperature, &len, &valid);
    if (ret == POK_ERRNO_OK)
      printf("consumer: sample %u (%s)\n", temperature, valid ? "valid" : "stale");
    else
      printf("consumer: no sample (%d)\n", ret);
    while (pok_port_queueing_receive(cmd_in, 0, sizeof cmd, cmd, &len) == POK_ERRNO_OK) {
      printf("consumer: command '%s'\n", cmd);
      if (++commands == 3)
        pok_shutdown();
    }
    pok_thread_period();
  }
}

int main(void) {
  pok_thread_attr_t attr;
  uint32_t tid;
  pok_ret_t ret;
  ret = pok_port_sampling_create("temp_in", 4, POK_PORT_DIRECTION_IN, 20000000, &temp_in);
  if (ret != POK_ERRNO_OK)
    printf("consumer: sampling port: error %d\n", ret);
  ret = pok_port_queueing_create("cmd_in", 64, POK_PORT_DIRECTION_IN,
                                 POK_QUEUEING_DISCIPLINE_FIFO, &cmd_in);
  if (ret != POK_ERRNO_OK)
    printf("consumer: queuing port: error %d\n", ret);
  pok_thread_attr_init(&attr);
  attr.entry = worker;
  attr.period = MAJOR_FRAME_NS;
  pok_thread_create(&tid, &attr);
  pok_partition_set_mode(POK_PARTITION_MODE_NORMAL);
  return 0;
}
