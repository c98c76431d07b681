/* jpok guest SDK - helpers shared by the APEX wrappers. */
#ifndef APEX_ARINCUTILS
#define APEX_ARINCUTILS

#include <arinc653/types.h>
#include <errno.h>

/* Maps a pok_ret_t to the closest APEX return code. */
RETURN_CODE_TYPE pok_ret_to_apex(pok_ret_t ret);

/* APEX timeout (ns; 0 = no wait, INFINITE_TIME_VALUE = forever) to a
 * middleware timeout in microseconds (rounded up). */
uint64_t pok_apex_timeout_us(SYSTEM_TIME_TYPE time_out);

/* Copies an APEX name (at most MAX_NAME_LENGTH chars, maybe unterminated). */
void pok_apex_name_copy(char *dest, const char *name);
/* Compares two APEX names over MAX_NAME_LENGTH chars. */
int pok_apex_name_equal(const char *a, const char *b);

#endif
