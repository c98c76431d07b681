package org.jpok.kernel.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.jpok.api.kernel.HmAction;
import org.jpok.kernel.sched.SchedulerKind;

/**
 * One entry of {@code partitions[]}; {@code index} is its position in the list, which is POK's partition id.
 *
 * @param threads    thread count including the main thread (POK's {@code threads.count})
 * @param ioPorts    the I/O ports the partition may use, {@link IoPortRange#NONE} if none
 * @param objects    POK's {@code objects} list: {@code x.o} is built from {@code <name>/x.c}
 */
public record PartitionConfig(int index, String name, long size, Path image, int threads, Set<String> threadFeatures,
        Set<String> features, SchedulerKind scheduler, int semaphores, int mutexes, int events, HmAction hm,
        IoPortRange ioPorts, List<String> objects) {

    public PartitionConfig {
        objects = List.copyOf(objects);
        threadFeatures = Set.copyOf(threadFeatures);
        features = Set.copyOf(features);
    }

    /** Lock objects this partition owns: semaphores, mutexes and events share one table, as in POK. */
    public int lockObjects() {
        return semaphores + mutexes + events;
    }
}
