/* jpok guest SDK - APEX queuing ports. */
#ifndef APEX_QUEUEING
#define APEX_QUEUEING

#include <arinc653/process.h>
#include <arinc653/types.h>

#define MAX_NUMBER_OF_QUEUING_PORTS SYSTEM_LIMIT_NUMBER_OF_QUEUING_PORTS

typedef NAME_TYPE QUEUING_PORT_NAME_TYPE;
typedef APEX_INTEGER QUEUING_PORT_ID_TYPE;

typedef struct {
  MESSAGE_RANGE_TYPE NB_MESSAGE;
  MESSAGE_RANGE_TYPE MAX_NB_MESSAGE;
  MESSAGE_SIZE_TYPE MAX_MESSAGE_SIZE;
  PORT_DIRECTION_TYPE PORT_DIRECTION;
  WAITING_RANGE_TYPE WAITING_PROCESSES;
} QUEUING_PORT_STATUS_TYPE;

extern void CREATE_QUEUING_PORT(char *QUEUING_PORT_NAME,
                                MESSAGE_SIZE_TYPE MAX_MESSAGE_SIZE,
                                MESSAGE_RANGE_TYPE MAX_NB_MESSAGE,
                                PORT_DIRECTION_TYPE PORT_DIRECTION,
                                QUEUING_DISCIPLINE_TYPE QUEUING_DISCIPLINE,
                                QUEUING_PORT_ID_TYPE *QUEUING_PORT_ID,
                                RETURN_CODE_TYPE *RETURN_CODE);
extern void SEND_QUEUING_MESSAGE(QUEUING_PORT_ID_TYPE QUEUING_PORT_ID,
                                 MESSAGE_ADDR_TYPE MESSAGE_ADDR,
                                 MESSAGE_SIZE_TYPE LENGTH,
                                 SYSTEM_TIME_TYPE TIME_OUT,
                                 RETURN_CODE_TYPE *RETURN_CODE);
extern void RECEIVE_QUEUING_MESSAGE(QUEUING_PORT_ID_TYPE QUEUING_PORT_ID,
                                    SYSTEM_TIME_TYPE TIME_OUT,
                                    MESSAGE_ADDR_TYPE MESSAGE_ADDR,
                                    MESSAGE_SIZE_TYPE *LENGTH,
                                    RETURN_CODE_TYPE *RETURN_CODE);
extern void GET_QUEUING_PORT_ID(char *QUEUING_PORT_NAME,
                                QUEUING_PORT_ID_TYPE *QUEUING_PORT_ID,
                                RETURN_CODE_TYPE *RETURN_CODE);
extern void GET_QUEUING_PORT_STATUS(QUEUING_PORT_ID_TYPE QUEUING_PORT_ID,
                                    QUEUING_PORT_STATUS_TYPE *QUEUING_PORT_STATUS,
                                    RETURN_CODE_TYPE *RETURN_CODE);
extern void CLEAR_QUEUING_PORT(QUEUING_PORT_ID_TYPE QUEUING_PORT_ID,
                               RETURN_CODE_TYPE *RETURN_CODE);

#endif
