/* jpok guest SDK - counting semaphores over lock objects. */
#ifndef __POK_LIBPOK_SEMAPHORE_H__
#define __POK_LIBPOK_SEMAPHORE_H__

#include <core/lockobj.h>
#include <errno.h>
#include <types.h>

#define POK_SEMAPHORE_DISCIPLINE_FIFO POK_QUEUEING_DISCIPLINE_FIFO
#define POK_SEMAPHORE_DISCIPLINE_DEFAULT 1 /* POK's value */

pok_ret_t pok_sem_create(pok_sem_id_t *id, const pok_sem_value_t current_value,
                         const pok_sem_value_t max_value,
                         const pok_queueing_discipline_t discipline);
/* timeout in microseconds, 0 = wait forever. */
pok_ret_t pok_sem_wait(pok_sem_id_t id, uint64_t timeout);
pok_ret_t pok_sem_signal(pok_sem_id_t id);
pok_ret_t pok_sem_id(char *name, pok_sem_id_t *id);
/* As in POK: always POK_ERRNO_UNAVAILABLE (the kernel reports no status). */
pok_ret_t pok_sem_status(pok_sem_id_t id, pok_sem_status_t *status);

#endif
