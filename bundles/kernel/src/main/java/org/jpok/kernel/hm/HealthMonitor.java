package org.jpok.kernel.hm;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.jpok.api.kernel.ErrorKind;
import org.jpok.api.kernel.HmAction;
import org.jpok.api.kernel.HmEvent;
import org.jpok.api.kernel.HmResponse;

/**
 * Decides what happens to a partition's error and keeps the event log. An error goes to the partition's error
 * handler thread if it has one (and the handler is not itself the thread that failed, which would loop);
 * otherwise the partition's configured action applies. The kernel core carries the decision out.
 */
public final class HealthMonitor {

    /** Log records kept; older ones are dropped (a faulting partition that restarts forever must not fill memory). */
    public static final int LOG_CAPACITY = 4096;

    private final HmAction[] actions;
    private final ErrorStatus[] status;
    private final ArrayDeque<HmEvent> log = new ArrayDeque<>();
    private final List<Consumer<HmEvent>> listeners = new CopyOnWriteArrayList<>();
    private long dropped;

    /** @param actions the configured action of each partition, by partition index */
    public HealthMonitor(List<HmAction> actions) {
        this.actions = actions.toArray(new HmAction[0]);
        this.status = new ErrorStatus[actions.size()];
        Arrays.fill(status, ErrorStatus.NONE);
    }

    /**
     * Records an error of {@code partition} and says how to answer it.
     *
     * @param thread       global id of the failing thread, -1 if none
     * @param localThread  its index in the partition (what ERROR_GET reports), -1 if none
     * @param hasHandler   the partition has an error handler thread
     * @param inHandler    the failing thread is that handler
     */
    public HmEvent report(long timeNs, int partition, int thread, int localThread, int eip, ErrorKind kind,
            String detail, boolean hasHandler, boolean inHandler) {
        return report(timeNs, partition, thread, localThread, eip, kind, detail, new byte[0], hasHandler, inHandler);
    }

    /** As {@link #report(long, int, int, int, int, ErrorKind, String, boolean, boolean)} with a guest message. */
    public HmEvent report(long timeNs, int partition, int thread, int localThread, int eip, ErrorKind kind,
            String detail, byte[] message, boolean hasHandler, boolean inHandler) {
        HmResponse response;
        if (hasHandler && !inHandler) {
            response = HmResponse.ERROR_HANDLER;
        } else {
            response = switch (actions[partition]) {
                case LOG -> HmResponse.LOGGED;
                case RESTART -> HmResponse.RESTARTED;
                case STOP -> HmResponse.STOPPED;
            };
        }
        status[partition] = new ErrorStatus(kind, localThread, eip, message);
        HmEvent event = new HmEvent(timeNs, partition, thread, eip, kind, response, detail);
        synchronized (log) {
            if (log.size() == LOG_CAPACITY) {
                log.removeFirst();
                dropped++;
            }
            log.addLast(event);
        }
        for (Consumer<HmEvent> l : listeners) {
            l.accept(event);
        }
        return event;
    }

    /** ERROR_GET (304): the partition's last error, {@link ErrorStatus#NONE} (kind INVALID) if none. */
    public ErrorStatus lastError(int partition) {
        return status[partition];
    }

    /** Forgets the partition's recorded error (its re-initialisation starts clean). */
    public void clear(int partition) {
        status[partition] = ErrorStatus.NONE;
    }

    public HmAction action(int partition) {
        return actions[partition];
    }

    /** A snapshot of the log, oldest first. */
    public List<HmEvent> events() {
        synchronized (log) {
            return new ArrayList<>(log);
        }
    }

    /** Records dropped because the log was full. */
    public long droppedEvents() {
        synchronized (log) {
            return dropped;
        }
    }

    /** Called on the reporting thread for every new event (a console trace, the shell). */
    public void addListener(Consumer<HmEvent> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<HmEvent> listener) {
        listeners.remove(listener);
    }
}
