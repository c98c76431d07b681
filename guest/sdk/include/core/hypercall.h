/* jpok guest SDK - hypercalls of the x86-qemu-vmm BSP: int $45, same block
 * and register convention as syscalls. Without the vmm BSP, int $45 faults. */
#ifndef __LIBPOK_HYPERCALL_H__
#define __LIBPOK_HYPERCALL_H__

#include <errno.h>
#include <types.h>

typedef enum {
  POK_HYPERCALL_CONSWRITE = 10,
  POK_HYPERCALL_GETTICK = 20,
  POK_HYPERCALL_IRQ_REGISTER_HANDLER = 25,
  POK_HYPERCALL_IRQ_UNREGISTER_HANDLER = 26,
  POK_HYPERCALL_IRQ_PARTITION_ENABLE = 27,
  POK_HYPERCALL_IRQ_PARTITION_DISABLE = 28,
  POK_HYPERCALL_IRQ_PARTITION_ACK = 29,
  POK_HYPERCALL_IRQ_REGISTER_VCPU = 30,
  POK_HYPERCALL_IRQ_UNREGISTER_VCPU = 31,
  POK_HYPERCALL_IRQ_DO_IRET = 32,
  POK_HYPERCALL_VCPU_GET_FRAME = 33, /* jpok: copy out the saved frame */
  POK_HYPERCALL_VCPU_SET_FRAME = 34, /* jpok: replace its registers */
  POK_HYPERCALL_INT_NUMBER = 45
} pok_hypercall_id_t;

typedef struct {
  uint32_t nargs;
  uint32_t arg1;
  uint32_t arg2;
  uint32_t arg3;
  uint32_t arg4;
  uint32_t arg5;
} pok_hypercall_args_t;

/* POK's interrupt_frame, as VCPU_GET_FRAME (33) writes it and VCPU_SET_FRAME
 * (34) reads it: the upcall's interrupted context. SET_FRAME takes the general
 * registers, eip, esp and the arithmetic flags; never selectors, IF or IOPL. */
typedef struct {
  uint32_t es, ds;
  uint32_t edi, esi, ebp, __esp; /* __esp: pusha's slot, ignored */
  uint32_t ebx, edx, ecx, eax;
  uint32_t error;
  uint32_t eip, cs, eflags, esp, ss;
} pok_interrupt_frame_t;

pok_ret_t pok_do_hypercall(pok_hypercall_id_t hypercall_id,
                           pok_hypercall_args_t *args);

/* nargs holds the real argument count (POK's macros always store 2; the
 * kernel ignores the field either way). */
#define pok_hypercall1(hid, a1)                                                \
  pok_do_hypercall(hid, &((pok_hypercall_args_t){1, (uint32_t)(a1), 0, 0, 0, 0}))
#define pok_hypercall2(hid, a1, a2)                                            \
  pok_do_hypercall(hid, &((pok_hypercall_args_t){2, (uint32_t)(a1),          \
                                                 (uint32_t)(a2), 0, 0, 0}))
#define pok_hypercall3(hid, a1, a2, a3)                                        \
  pok_do_hypercall(hid, &((pok_hypercall_args_t){3, (uint32_t)(a1),          \
                                                 (uint32_t)(a2),             \
                                                 (uint32_t)(a3), 0, 0}))
#define pok_hypercall4(hid, a1, a2, a3, a4)                                    \
  pok_do_hypercall(hid, &((pok_hypercall_args_t){4, (uint32_t)(a1),          \
                                                 (uint32_t)(a2),             \
                                                 (uint32_t)(a3),             \
                                                 (uint32_t)(a4), 0}))
#define pok_hypercall5(hid, a1, a2, a3, a4, a5)                                \
  pok_do_hypercall(hid, &((pok_hypercall_args_t){5, (uint32_t)(a1),          \
                                                 (uint32_t)(a2),             \
                                                 (uint32_t)(a3),             \
                                                 (uint32_t)(a4),             \
                                                 (uint32_t)(a5)}))

#endif
