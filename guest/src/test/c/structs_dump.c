/* Prints the bytes of the structures the SDK passes to the kernel, filled
 * with known values; StructAgreementTest decodes them with the kernel's own
 * parsers (org.jpok.kernel.syscall.GuestStructs). */
#include <core/lockobj.h>
#include <core/thread.h>
#include <libc/stdio.h>
#include <libc/string.h>

static void dump(const char *name, const void *p, unsigned n) {
  const unsigned char *b = p;
  unsigned i;
  printf("%s=", name);
  for (i = 0; i < n; i++)
    printf("%02x", b[i]);
  printf("\n");
}

int main(void) {
  pok_thread_attr_t t;
  pok_lockobj_attr_t a;
  pok_lockobj_lockattr_t r;
  memset(&t, 0, sizeof t);
  t.priority = 200;
  t.entry = (void *)0x1234;
  t.period = 0x1111222233334444ull;
  t.deadline = 0x0555666677778888ull;
  t.time_capacity = 0x0999aaaabbbbccccull;
  t.stack_size = 8192;
  dump("thread_attr", &t, sizeof t);
  memset(&a, 0, sizeof a);
  a.kind = POK_LOCKOBJ_KIND_SEMAPHORE;
  a.locking_policy = POK_LOCKOBJ_POLICY_PIP;
  a.queueing_policy = POK_QUEUEING_DISCIPLINE_PRIORITY;
  a.initial_value = 3;
  a.max_value = 65535;
  dump("lockobj_attr", &a, sizeof a);
  memset(&r, 0, sizeof r);
  r.operation = LOCKOBJ_OPERATION_WAIT;
  r.obj_kind = POK_LOCKOBJ_KIND_EVENT;
  r.lock_kind = LOCKOBJ_LOCK_TIMED;
  r.timeout = 7000;
  dump("lockobj_lockattr", &r, sizeof r);
  return 0;
}
