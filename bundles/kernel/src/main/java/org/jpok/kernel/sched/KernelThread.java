package org.jpok.kernel.sched;

import org.jpok.api.kernel.ThreadState;

/**
 * The kernel's record of one partition thread (POK's {@code pok_thread_t}), without its register context,
 * which the kernel core keeps. Times are absolute nanoseconds of virtual time since boot; {@link #INFINITE}
 * stands for POK's -1 ("none" / "infinite").
 */
public final class KernelThread {

    /** POK's (u64) -1: aperiodic period, infinite capacity, no deadline. */
    public static final long INFINITE = -1;

    private final int gid;
    private final int partition;
    private final int localIndex;
    private int priority;
    private int basePriority;
    private long period = INFINITE;
    private long deadline = INFINITE;
    private long timeCapacity = INFINITE;
    private long remainingCapacity = INFINITE;
    private long nextActivation;
    private long wakeupTime;
    private long absoluteDeadline = Long.MAX_VALUE;
    private int entry;
    private int stackTop;
    private ThreadState state = ThreadState.STOPPED;
    private Object pendingOperation;

    public KernelThread(int gid, int partition, int localIndex) {
        this.gid = gid;
        this.partition = partition;
        this.localIndex = localIndex;
    }

    /** Global index in the kernel's thread table: the id the guest sees. */
    public int gid() {
        return gid;
    }

    public int partition() {
        return partition;
    }

    /** Index inside the partition's thread range (THREAD_RESTART and THREAD_STOP take this). */
    public int localIndex() {
        return localIndex;
    }

    public int priority() {
        return priority;
    }

    public void setPriority(int priority) {
        this.priority = priority;
    }

    public int basePriority() {
        return basePriority;
    }

    public void setBasePriority(int basePriority) {
        this.basePriority = basePriority;
    }

    /** Period in ns, or {@link #INFINITE} for an aperiodic thread. */
    public long period() {
        return period;
    }

    public void setPeriod(long period) {
        this.period = period;
    }

    public boolean isPeriodic() {
        return period != INFINITE;
    }

    /** Relative deadline in ns, or {@link #INFINITE}. */
    public long deadline() {
        return deadline;
    }

    public void setDeadline(long deadline) {
        this.deadline = deadline;
    }

    /** Time capacity in ns per activation, or {@link #INFINITE}. */
    public long timeCapacity() {
        return timeCapacity;
    }

    public void setTimeCapacity(long timeCapacity) {
        this.timeCapacity = timeCapacity;
    }

    public long remainingCapacity() {
        return remainingCapacity;
    }

    public void setRemainingCapacity(long remainingCapacity) {
        this.remainingCapacity = remainingCapacity;
    }

    public long nextActivation() {
        return nextActivation;
    }

    public void setNextActivation(long nextActivation) {
        this.nextActivation = nextActivation;
    }

    /** When a WAITING thread becomes RUNNABLE again (sleep end or wait timeout). */
    public long wakeupTime() {
        return wakeupTime;
    }

    public void setWakeupTime(long wakeupTime) {
        this.wakeupTime = wakeupTime;
    }

    /** The absolute deadline of the current activation, {@link Long#MAX_VALUE} if none (EDF sorts by this). */
    public long absoluteDeadline() {
        return absoluteDeadline;
    }

    public void setAbsoluteDeadline(long absoluteDeadline) {
        this.absoluteDeadline = absoluteDeadline;
    }

    public int entry() {
        return entry;
    }

    public void setEntry(int entry) {
        this.entry = entry;
    }

    /** Partition-relative initial user stack pointer. */
    public int stackTop() {
        return stackTop;
    }

    public void setStackTop(int stackTop) {
        this.stackTop = stackTop;
    }

    public ThreadState state() {
        return state;
    }

    public void setState(ThreadState state) {
        this.state = state;
    }

    /** Blocks until {@code wakeup} (WAITING), or without a time limit (LOCK) if {@code wakeup} is INFINITE. */
    public void block(long wakeup) {
        if (wakeup == INFINITE) {
            state = ThreadState.LOCK;
        } else {
            state = ThreadState.WAITING;
            wakeupTime = wakeup;
        }
    }

    /**
     * What a blocked syscall of this thread still has to finish when it runs again (a lock, an event wait, a
     * port transfer), owned by the module that blocked it; null when none.
     */
    public Object pendingOperation() {
        return pendingOperation;
    }

    public void setPendingOperation(Object pendingOperation) {
        this.pendingOperation = pendingOperation;
    }

    @Override
    public String toString() {
        return "thread " + gid + " (partition " + partition + ", " + state.traceName() + ", priority " + priority
                + ")";
    }
}
