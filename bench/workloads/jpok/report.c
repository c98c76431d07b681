/* The jpok side of bench_report: printf through the SDK, then shut the system down.
 * The second line gives jpok's virtual time, which the machine derives from retired
 * instructions (100 per microsecond by default): bench/run turns it into jpok's own
 * instruction count. */
#include <core/shutdown.h>
#include <core/time.h>
#include <libc/stdio.h>

#include "../bench.h"

void bench_report(const char *name, bench_u32 checksum) {
  pok_time_t now = 0;
  pok_time_gettick(&now);
  printf("%s checksum %08x\n", name, checksum);
  printf("%s virtual-ns %llu\n", name, (unsigned long long)now);
  pok_shutdown();
}
