/* jpok guest SDK - APEX sampling ports. */
#ifndef APEX_SAMPLING
#define APEX_SAMPLING

#include <arinc653/types.h>

#define MAX_NUMBER_OF_SAMPLING_PORTS SYSTEM_LIMIT_NUMBER_OF_SAMPLING_PORTS

typedef NAME_TYPE SAMPLING_PORT_NAME_TYPE;
typedef APEX_INTEGER SAMPLING_PORT_ID_TYPE;
typedef enum { INVALID = 0, VALID = 1 } VALIDITY_TYPE;

typedef struct {
  SYSTEM_TIME_TYPE REFRESH_PERIOD;
  MESSAGE_SIZE_TYPE MAX_MESSAGE_SIZE;
  PORT_DIRECTION_TYPE PORT_DIRECTION;
  VALIDITY_TYPE LAST_MSG_VALIDITY;
} SAMPLING_PORT_STATUS_TYPE;

extern void CREATE_SAMPLING_PORT(char *SAMPLING_PORT_NAME,
                                 MESSAGE_SIZE_TYPE MAX_MESSAGE_SIZE,
                                 PORT_DIRECTION_TYPE PORT_DIRECTION,
                                 SYSTEM_TIME_TYPE REFRESH_PERIOD,
                                 SAMPLING_PORT_ID_TYPE *SAMPLING_PORT_ID,
                                 RETURN_CODE_TYPE *RETURN_CODE);
extern void WRITE_SAMPLING_MESSAGE(SAMPLING_PORT_ID_TYPE SAMPLING_PORT_ID,
                                   MESSAGE_ADDR_TYPE MESSAGE_ADDR,
                                   MESSAGE_SIZE_TYPE LENGTH,
                                   RETURN_CODE_TYPE *RETURN_CODE);
extern void READ_SAMPLING_MESSAGE(SAMPLING_PORT_ID_TYPE SAMPLING_PORT_ID,
                                  MESSAGE_ADDR_TYPE MESSAGE_ADDR,
                                  MESSAGE_SIZE_TYPE *LENGTH,
                                  VALIDITY_TYPE *VALIDITY,
                                  RETURN_CODE_TYPE *RETURN_CODE);
extern void GET_SAMPLING_PORT_ID(char *SAMPLING_PORT_NAME,
                                 SAMPLING_PORT_ID_TYPE *SAMPLING_PORT_ID,
                                 RETURN_CODE_TYPE *RETURN_CODE);
extern void GET_SAMPLING_PORT_STATUS(SAMPLING_PORT_ID_TYPE SAMPLING_PORT_ID,
                                     SAMPLING_PORT_STATUS_TYPE *SAMPLING_PORT_STATUS,
                                     RETURN_CODE_TYPE *RETURN_CODE);

#endif
