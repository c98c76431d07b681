package org.jpok.kernel.core;

import java.util.function.LongFunction;

import org.jpok.api.cpu.RegisterContext;

/**
 * The kernel core's half of a thread: its register state (FPU area included) while it is off the CPU, its
 * kernel stack, and the syscall it still has to finish when it runs again.
 */
final class ThreadContext {
    final RegisterContext regs;
    final int kernelStackTop;
    /** The trap frame of the syscall the thread blocked in, whose EAX gets the result. */
    int pendingFrame;
    /** Finishes that syscall at the given time: its errno code, or -1 if the thread must block again. */
    LongFunction<Integer> pendingCompletion;

    ThreadContext(RegisterContext regs, int kernelStackTop) {
        this.regs = regs;
        this.kernelStackTop = kernelStackTop;
    }
}
