package org.jpok.launcher;

import java.util.Dictionary;
import java.util.Hashtable;

import org.jpok.api.machine.Machine;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/** {@code --realtime}: switches the machine's configuration (PID {@code org.jpok.machine}) to real-time pacing. */
final class Pacing {

    private static final String MACHINE_PID = "org.jpok.machine";
    private static final long WAIT_MS = 10_000;

    private Pacing() {
    }

    /** Updates the configuration and waits until the machine service has come back with it. */
    static void realtime(BundleContext context) throws Exception {
        ServiceReference<ConfigurationAdmin> ref = context.getServiceReference(ConfigurationAdmin.class);
        if (ref == null) {
            throw new IllegalStateException("ConfigurationAdmin is not running");
        }
        long before = machineId(context);
        ConfigurationAdmin admin = context.getService(ref);
        try {
            Configuration c = admin.getConfiguration(MACHINE_PID, "?");
            Dictionary<String, Object> props = c.getProperties() == null ? new Hashtable<>() : c.getProperties();
            props.put("pacing", "REALTIME");
            c.update(props);
        } finally {
            context.ungetService(ref);
        }
        long deadline = System.currentTimeMillis() + WAIT_MS;
        while (System.currentTimeMillis() < deadline) {
            long now = machineId(context);
            if (now >= 0 && now != before) {
                return;
            }
            Thread.sleep(10);
        }
        throw new IllegalStateException("the machine did not restart with real-time pacing");
    }

    private static long machineId(BundleContext context) {
        ServiceReference<Machine> m = context.getServiceReference(Machine.class);
        return m == null ? -1 : (Long) m.getProperty(Constants.SERVICE_ID);
    }
}
