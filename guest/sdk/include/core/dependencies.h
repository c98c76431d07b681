/* jpok guest SDK - POK's feature switchboard. The jpok SDK declares every
 * service unconditionally, so POK_NEEDS_* macros are accepted but not needed. */
#ifndef __POK_DEPENDENCIES_H__
#define __POK_DEPENDENCIES_H__
#endif
