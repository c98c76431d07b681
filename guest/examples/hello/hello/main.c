/* hello: one partition prints and shuts down. */
#include <core/shutdown.h>
#include <libc/stdio.h>

int main(void) {
  printf("Hello from partition hello!\n");
  printf("%d + %d = %d, pi ~ %.4f\n", 2, 3, 2 + 3, 3.14159265);
  pok_shutdown();
  return 0;
}
