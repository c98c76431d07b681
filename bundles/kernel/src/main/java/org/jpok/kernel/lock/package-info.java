/** POK's lock objects: semaphores, mutexes and events with FIFO or priority queueing and timeouts. */
package org.jpok.kernel.lock;
