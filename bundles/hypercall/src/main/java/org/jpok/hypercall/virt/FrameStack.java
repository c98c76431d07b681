package org.jpok.hypercall.virt;

import org.jpok.api.hypercall.InterruptFrame;
import org.jpok.api.hypercall.VirtualCpu;

/** The interrupted frames of nested upcalls, innermost on top; never more than {@link VirtualCpu#MAX_FRAMES}. */
public final class FrameStack {

    private final InterruptFrame[] frames = new InterruptFrame[VirtualCpu.MAX_FRAMES];
    private int depth;

    public int depth() {
        return depth;
    }

    public boolean isFull() {
        return depth == frames.length;
    }

    public boolean isEmpty() {
        return depth == 0;
    }

    /** @throws IllegalStateException when full: the caller decides what an overflow means */
    public void push(InterruptFrame f) {
        if (isFull()) {
            throw new IllegalStateException("vCPU frame stack full (" + frames.length + ")");
        }
        frames[depth++] = f;
    }

    /** @throws IllegalStateException when empty */
    public InterruptFrame pop() {
        if (depth == 0) {
            throw new IllegalStateException("vCPU frame stack empty");
        }
        InterruptFrame f = frames[--depth];
        frames[depth] = null;
        return f;
    }

    /** @throws IllegalStateException when empty */
    public void replaceTop(InterruptFrame f) {
        if (depth == 0) {
            throw new IllegalStateException("vCPU frame stack empty");
        }
        frames[depth - 1] = f;
    }

    public InterruptFrame peek() {
        return depth == 0 ? null : frames[depth - 1];
    }

    public void clear() {
        while (depth > 0) {
            frames[--depth] = null;
        }
    }
}
