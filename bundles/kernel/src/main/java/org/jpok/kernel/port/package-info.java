/** Sampling and queuing ports and the channels between them. */
package org.jpok.kernel.port;
