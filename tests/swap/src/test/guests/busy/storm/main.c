/* storm: a hypercall storm. Every result other than OK is printed; a call that finds no handler is also a
 * health-monitor event, which restarts this partition (hm: restart), so each start is printed too. */
#include <core/hypercall.h>
#include <libc/stdio.h>

#define REPORT_EVERY 0x4000

int main(void) {
  unsigned calls = 0, ok = 0;
  uint64_t tick;
  printf("storm: start\n");
  for (;;) {
    pok_ret_t r = pok_hypercall1(POK_HYPERCALL_GETTICK, &tick);
    calls++;
    if (r == POK_ERRNO_OK)
      ok++;
    else
      printf("storm: call %u returned %d\n", calls, (int)r);
    if (calls % REPORT_EVERY == 0)
      printf("storm: %u calls, %u ok\n", calls, ok);
  }
  return 0;
}
