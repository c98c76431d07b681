package org.jpok.kernel.sched;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jpok.api.kernel.Errno;
import org.jpok.api.kernel.PartitionMode;
import org.jpok.api.kernel.ThreadState;

/**
 * One partition's threads and scheduling state: its slice {@code [firstGid, firstGid + capacity)} of POK's
 * global thread table, its mode, its running and previous threads and its intra-partition scheduler.
 * "Idle" is represented by null throughout.
 */
public final class PartitionThreads {

    /** POK_USER_STACK_SIZE: every thread gets 8 KiB of user stack below the previous one. */
    public static final int USER_STACK_SIZE = 8192;
    /** The main thread's priority in POK. */
    static final int MAIN_PRIORITY = 1;
    /** Priorities are one byte. */
    static final int MAX_PRIORITY = 255;

    private final int partition;
    private final int firstGid;
    private final long partitionSize;
    private final Scheduler scheduler;
    private final List<KernelThread> threads;
    private int created;
    private PartitionMode mode = PartitionMode.INIT_WARM;
    private KernelThread current;
    private KernelThread previous;
    private KernelThread errorThread;
    private long runningSince = -1;

    public PartitionThreads(int partition, int firstGid, int capacity, long partitionSize, Scheduler scheduler) {
        if (capacity < 1) {
            throw new IllegalArgumentException("a partition needs room for its main thread");
        }
        this.partition = partition;
        this.firstGid = firstGid;
        this.partitionSize = partitionSize;
        this.scheduler = scheduler;
        List<KernelThread> list = new ArrayList<>(capacity);
        for (int i = 0; i < capacity; i++) {
            list.add(new KernelThread(firstGid + i, partition, i));
        }
        this.threads = Collections.unmodifiableList(list);
    }

    public int partition() {
        return partition;
    }

    /** POK's {@code thread_index_low}: the first global id of this partition. */
    public int firstGid() {
        return firstGid;
    }

    /** Every slot of the partition's range, created or not (uncreated ones are STOPPED). */
    public List<KernelThread> threads() {
        return threads;
    }

    /** Threads created so far, the main thread included. */
    public int createdCount() {
        return created;
    }

    /** The thread with global id {@code gid} if it belongs to this partition and was created, else null. */
    public KernelThread byGid(int gid) {
        long local = (long) gid - firstGid;
        return local >= 0 && local < created ? threads.get((int) local) : null;
    }

    /** The created thread with local index {@code lid}, else null. */
    public KernelThread byLocalIndex(int lid) {
        return lid >= 0 && lid < created ? threads.get(lid) : null;
    }

    public PartitionMode mode() {
        return mode;
    }

    void setMode(PartitionMode mode) {
        this.mode = mode;
    }

    public Scheduler scheduler() {
        return scheduler;
    }

    /** The thread that runs (or last ran) when this partition has the CPU; null = idle. */
    public KernelThread current() {
        return current;
    }

    /** The last non-idle thread before {@link #current()}; null if none. */
    public KernelThread previous() {
        return previous;
    }

    public KernelThread mainThread() {
        return created > 0 ? threads.get(0) : null;
    }

    public KernelThread errorThread() {
        return errorThread;
    }

    /** Records {@code elected} as running, keeping POK's previous-thread bookkeeping. */
    void setCurrent(KernelThread elected) {
        if (elected != current) {
            if (current != null) {
                previous = current;
            }
            current = elected;
        }
    }

    /** Virtual time since which {@link #current()} has been on the CPU, or -1 if the partition is off it. */
    long runningSince() {
        return runningSince;
    }

    void setRunningSince(long t) {
        runningSince = t;
    }

    /**
     * Boots or re-initialises the partition in {@code newMode}: every thread stopped, the counters reset and a
     * new main thread at {@code entry} (POK's {@code pok_partition_init} / reinit).
     */
    public KernelThread initialize(PartitionMode newMode, int entry) {
        for (KernelThread t : threads) {
            t.setState(ThreadState.STOPPED);
            t.setPendingOperation(null);
            t.setAbsoluteDeadline(Long.MAX_VALUE);
        }
        created = 0;
        current = null;
        previous = null;
        errorThread = null;
        runningSince = -1;
        mode = newMode;
        KernelThread main = allocate(new ThreadAttributes(MAIN_PRIORITY, entry, 0, 0, 0));
        main.setState(ThreadState.RUNNABLE);
        return main;
    }

    /** THREAD_CREATE (50): only in INIT modes, in the next free slot of the range. */
    public ThreadCreation createThread(ThreadAttributes attr) {
        if (!mode.isInit()) {
            return new ThreadCreation(Errno.MODE, null);
        }
        if (created >= threads.size()) {
            return new ThreadCreation(Errno.TOOMANY, null);
        }
        if (attr.priority() < 0 || attr.priority() > MAX_PRIORITY) {
            return new ThreadCreation(Errno.THREADATTR, null);
        }
        KernelThread t = allocate(attr);
        t.setState(ThreadState.RUNNABLE);
        return new ThreadCreation(Errno.OK, t);
    }

    /**
     * ERROR_HANDLER_CREATE (301): a thread (priority 200, as POK) that the health monitor runs on an error.
     * Unlike other threads it may be created in any mode, since errors happen in NORMAL mode too.
     */
    public ThreadCreation createErrorThread(int entry) {
        if (errorThread != null) {
            return new ThreadCreation(Errno.EXISTS, null);
        }
        if (created >= threads.size()) {
            return new ThreadCreation(Errno.TOOMANY, null);
        }
        KernelThread t = allocate(new ThreadAttributes(200, entry, 0, 0, 0));
        t.setState(ThreadState.STOPPED);
        errorThread = t;
        return new ThreadCreation(Errno.OK, t);
    }

    /** Makes the error thread run next (priority 255, RUNNABLE, current), as POK's error raising does. */
    public boolean activateErrorThread() {
        if (errorThread == null) {
            return false;
        }
        errorThread.setPriority(MAX_PRIORITY);
        errorThread.setState(ThreadState.RUNNABLE);
        setCurrent(errorThread);
        return true;
    }

    private KernelThread allocate(ThreadAttributes attr) {
        KernelThread t = threads.get(created);
        created++;
        t.setPriority(attr.priority());
        t.setBasePriority(attr.priority());
        t.setEntry(attr.entry());
        long period = ThreadAttributes.orInfinite(attr.period());
        t.setPeriod(period);
        t.setNextActivation(period == KernelThread.INFINITE ? 0 : period);
        t.setDeadline(ThreadAttributes.orInfinite(attr.deadline()));
        long capacity = ThreadAttributes.orInfinite(attr.timeCapacity());
        t.setTimeCapacity(capacity);
        t.setRemainingCapacity(capacity);
        t.setWakeupTime(0);
        t.setAbsoluteDeadline(Long.MAX_VALUE);
        t.setPendingOperation(null);
        t.setStackTop((int) (partitionSize - 4 - (long) created * USER_STACK_SIZE));
        return t;
    }
}
