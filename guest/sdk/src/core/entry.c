/* jpok guest SDK - partition entry point. The kernel enters here (ELF entry)
 * on the main thread, in INIT_WARM mode, with ESP at the thread's stack. */
#include <core/thread.h>
#include <types.h>

extern int main(void);
void pok_middleware_init(void);

void __pok_partition_start(void) __attribute__((noreturn, used));

void __pok_partition_start(void) {
  pok_middleware_init();
  main();
  /* POK leaves a returning main undefined; jpok parks the thread. */
  for (;;)
    pok_thread_suspend();
}
