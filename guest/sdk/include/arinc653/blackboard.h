/* jpok guest SDK - APEX blackboards (over the SDK's middleware blackboards). */
#ifndef APEX_BLACKBOARD
#define APEX_BLACKBOARD

#include <arinc653/process.h>
#include <arinc653/types.h>

#define MAX_NUMBER_OF_BLACKBOARDS SYSTEM_LIMIT_NUMBER_OF_BLACKBOARDS

typedef NAME_TYPE BLACKBOARD_NAME_TYPE;
typedef APEX_INTEGER BLACKBOARD_ID_TYPE;
typedef enum { EMPTY = 0, OCCUPIED = 1 } EMPTY_INDICATOR_TYPE;

typedef struct {
  EMPTY_INDICATOR_TYPE EMPTY_INDICATOR;
  MESSAGE_SIZE_TYPE MAX_MESSAGE_SIZE;
  WAITING_RANGE_TYPE WAITING_PROCESSES;
} BLACKBOARD_STATUS_TYPE;

extern void CREATE_BLACKBOARD(char *BLACKBOARD_NAME,
                              MESSAGE_SIZE_TYPE MAX_MESSAGE_SIZE,
                              BLACKBOARD_ID_TYPE *BLACKBOARD_ID,
                              RETURN_CODE_TYPE *RETURN_CODE);
extern void DISPLAY_BLACKBOARD(BLACKBOARD_ID_TYPE BLACKBOARD_ID,
                               MESSAGE_ADDR_TYPE MESSAGE_ADDR,
                               MESSAGE_SIZE_TYPE LENGTH,
                               RETURN_CODE_TYPE *RETURN_CODE);
extern void READ_BLACKBOARD(BLACKBOARD_ID_TYPE BLACKBOARD_ID,
                            SYSTEM_TIME_TYPE TIME_OUT,
                            MESSAGE_ADDR_TYPE MESSAGE_ADDR,
                            MESSAGE_SIZE_TYPE *LENGTH,
                            RETURN_CODE_TYPE *RETURN_CODE);
extern void CLEAR_BLACKBOARD(BLACKBOARD_ID_TYPE BLACKBOARD_ID,
                             RETURN_CODE_TYPE *RETURN_CODE);
extern void GET_BLACKBOARD_ID(char *BLACKBOARD_NAME,
                              BLACKBOARD_ID_TYPE *BLACKBOARD_ID,
                              RETURN_CODE_TYPE *RETURN_CODE);
extern void GET_BLACKBOARD_STATUS(BLACKBOARD_ID_TYPE BLACKBOARD_ID,
                                  BLACKBOARD_STATUS_TYPE *BLACKBOARD_STATUS,
                                  RETURN_CODE_TYPE *RETURN_CODE);

#endif
