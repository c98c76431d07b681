/* paravirt-ticks, neighbour: an ordinary partition that prints, then shuts down. */
#include <core/shutdown.h>
#include <core/thread.h>
#include <libc/stdio.h>

int main(void) {
  for (int i = 1; i <= 3; i++) {
    printf("neighbour: tick %d\n", i);
    pok_thread_sleep(10000);
  }
  pok_shutdown();
  return 0;
}
