package org.jpok.launcher;

import java.util.concurrent.TimeUnit;

import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;

/** Waits for a service that DS is still activating, as the launcher's modes start before all are up. */
final class Services {

    static final long WAIT_SECONDS = 30;

    private Services() {
    }

    static <S> S await(BundleContext context, Class<S> type) throws InterruptedException {
        ServiceTracker<S, S> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        try {
            S service = tracker.waitForService(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
            if (service == null) {
                throw new IllegalStateException("no " + type.getSimpleName() + " service after " + WAIT_SECONDS + " s");
            }
            return service;
        } finally {
            tracker.close();
        }
    }
}
