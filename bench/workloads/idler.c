/* The partition-switch measure's second partition: it sleeps for ever, so its slots
 * cost only the switch in and out and a fast-forward to the slot's end. */
#include <core/thread.h>

int main(void) {
  for (;;)
    pok_thread_sleep(1000000000u);
}
