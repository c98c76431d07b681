package org.jpok.kernel.sched;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.jpok.api.kernel.HmAction;
import org.jpok.kernel.config.IoPortRange;
import org.jpok.kernel.config.PartitionConfig;
import org.junit.jupiter.api.Test;

class ThreadLayoutTest {

    private static PartitionConfig partition(int index, int threads) {
        return new PartitionConfig(index, "p" + index, 4096, Path.of("p.elf"), threads, Set.of(), Set.of(),
                SchedulerKind.RR, 0, 0, 0, HmAction.STOP, IoPortRange.NONE, List.of());
    }

    @Test
    void rangesFollowPoksThreadTable() {
        ThreadLayout l = new ThreadLayout(List.of(partition(0, 2), partition(1, 3)));
        assertEquals(0, l.firstGid(0));
        assertEquals(2, l.firstGid(1));
        assertEquals(3, l.capacity(1));
        assertEquals(7, l.total(), "5 partition threads + idle + kernel");
        assertEquals(5, l.idleGid());
        assertEquals(6, l.kernelGid());
        assertEquals(0, l.partitionOf(1));
        assertEquals(1, l.partitionOf(4));
        assertEquals(-1, l.partitionOf(5));
        assertEquals(-1, l.partitionOf(-3));
    }
}
