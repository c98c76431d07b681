/* storm: a hypercall storm. Calls that find no handler (while the time bundle is updated) get UNAVAILABLE,
 * which this partition counts and goes on (hm: log); any other non-OK result is printed at once. */
#include <core/hypercall.h>
#include <libc/stdio.h>

#define REPORT_EVERY 0x4000

int main(void) {
  unsigned calls = 0, ok = 0, unavailable = 0;
  uint64_t tick;
  printf("storm: start\n");
  for (;;) {
    pok_ret_t r = pok_hypercall1(POK_HYPERCALL_GETTICK, &tick);
    calls++;
    if (r == POK_ERRNO_OK)
      ok++;
    else if (r == POK_ERRNO_UNAVAILABLE)
      unavailable++;
    else
      printf("storm: call %u returned %d\n", calls, (int)r);
    if (calls % REPORT_EVERY == 0)
      printf("storm: %u calls, %u ok, %u unavailable\n", calls, ok, unavailable);
  }
  return 0;
}
