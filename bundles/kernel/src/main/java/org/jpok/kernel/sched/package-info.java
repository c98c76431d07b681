/** Threads, partition modes, intra-partition schedulers and ARINC 653 time partitioning, as pure state machines over virtual time. */
package org.jpok.kernel.sched;
