/** The health monitor: error kinds of faults, per-partition actions, the error status and the event log. */
package org.jpok.kernel.hm;
