/** The HypercallHandler whiteboard: the per-id table of the best-ranked handler, dispatch and statistics. */
package org.jpok.hypercall.dispatch;
