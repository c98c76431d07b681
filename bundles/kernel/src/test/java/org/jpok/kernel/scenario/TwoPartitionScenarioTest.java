package org.jpok.kernel.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jpok.api.kernel.Errno;
import org.jpok.api.kernel.PartitionMode;
import org.jpok.api.kernel.ThreadState;
import org.jpok.kernel.config.ConfigLoader;
import org.jpok.kernel.config.PartitionConfig;
import org.jpok.kernel.config.SystemConfig;
import org.jpok.kernel.port.PortOutcome;
import org.jpok.kernel.port.PortTable;
import org.jpok.kernel.sched.Dispatch;
import org.jpok.kernel.sched.KernelThread;
import org.jpok.kernel.sched.MajorFrame;
import org.jpok.kernel.sched.PartitionModes;
import org.jpok.kernel.sched.PartitionScheduler;
import org.jpok.kernel.sched.PartitionThreads;
import org.jpok.kernel.sched.ThreadAttributes;
import org.jpok.kernel.sched.ThreadControl;
import org.jpok.kernel.sched.ThreadLayout;
import org.junit.jupiter.api.Test;

/**
 * The pure kernel parts wired the way a kernel core drives them: a config file, a major frame with two
 * partitions, a queuing channel between them, a periodic sender and a blocked receiver.
 */
class TwoPartitionScenarioTest {

    private static final String CONFIG = String.join("\n",
            "partitions:",
            "  - {name: sender, size: 64k, threads: {count: 2}, scheduler: static}",
            "  - {name: receiver, size: 64k, threads: {count: 2}}",
            "kernel:",
            "  scheduler:",
            "    major_frame: 10ms",
            "    slots:",
            "      - {partition: sender, duration: 4ms}",
            "      - {partition: receiver, duration: 4ms}",
            "ports:",
            "  - kind: queuing",
            "    size: 64",
            "    source: {partition: sender, port: out}",
            "    destinations: [{partition: receiver, port: in}]",
            "");

    @Test
    void aMessageSentInOneFrameIsReceivedInTheNext() throws Exception {
        SystemConfig config = new ConfigLoader(false).parse(CONFIG, Path.of("scenario.yaml"));
        ThreadLayout layout = new ThreadLayout(config.partitions());
        List<PartitionThreads> partitions = new ArrayList<>();
        for (PartitionConfig pc : config.partitions()) {
            PartitionThreads p = new PartitionThreads(pc.index(), layout.firstGid(pc.index()),
                    layout.capacity(pc.index()), pc.size(), pc.scheduler().create());
            p.initialize(PartitionMode.INIT_WARM, 0);
            partitions.add(p);
        }
        PortTable ports = new PortTable(config.channels());
        List<Long> flushes = new ArrayList<>();
        PartitionScheduler scheduler = new PartitionScheduler(new MajorFrame(config.schedule()), partitions, t -> {
            flushes.add(t);
            ports.flush(p -> partitions.get(p).mode() == PartitionMode.NORMAL
                    || partitions.get(p).mode() == PartitionMode.IDLE);
        });
        PartitionThreads sender = partitions.get(0);
        PartitionThreads receiver = partitions.get(1);

        // Frame 0: each main thread creates its port and worker, then enters NORMAL.
        Dispatch d = scheduler.schedule(0);
        assertSame(sender.mainThread(), d.thread());
        assertEquals(Errno.OK, ports.createQueuing(0, "out", 64, 2, 0).errno());
        KernelThread producer = sender.createThread(new ThreadAttributes(10, 0x100, 10_000_000, 0, 0)).thread();
        PartitionModes.setMode(sender, sender.mainThread(), PartitionMode.NORMAL.code(), 1_000);
        d = scheduler.schedule(1_000);
        assertSame(producer, d.thread());
        assertEquals(Errno.OK, ports.send(producer, 0, new byte[] {4, 2}, 0, 1_500).errno());
        ThreadControl.waitPeriod(producer);
        assertNull(scheduler.schedule(2_000).thread(), "the producer waits for its next period");

        d = scheduler.schedule(4_000_000);
        assertEquals(1, d.partition());
        assertEquals(Errno.OK, ports.createQueuing(1, "in", 64, 1, 0).errno());
        KernelThread consumer = receiver.createThread(new ThreadAttributes(1, 0x100, 0, 0, 0)).thread();
        PartitionModes.setMode(receiver, receiver.mainThread(), PartitionMode.NORMAL.code(), 4_100_000);
        assertSame(consumer, scheduler.schedule(4_100_000).thread());
        PortOutcome o = ports.receive(consumer, 1, 64, 50_000_000, 4_200_000);
        assertTrue(o.blocked(), "nothing arrives before the major frame ends");
        assertEquals(ThreadState.WAITING, consumer.state());
        assertNull(scheduler.schedule(4_200_000).thread());

        d = scheduler.schedule(8_000_000);
        assertEquals(MajorFrame.NO_PARTITION, d.partition());
        assertEquals(10_000_000, d.nextSwitch());

        // Frame 1: the flush at 10 ms delivers the message and wakes the consumer.
        d = scheduler.schedule(10_000_000);
        assertEquals(List.of(10_000_000L), flushes);
        assertNull(d.thread(), "the period counts from NORMAL at 1 ms: next release at 10.001 ms");
        assertSame(producer, scheduler.schedule(10_001_000).thread(), "released again at its period");
        assertEquals(ThreadState.RUNNABLE, consumer.state());
        d = scheduler.schedule(14_000_000);
        assertSame(consumer, d.thread());
        PortOutcome got = ports.resume(consumer, 14_000_000);
        assertEquals(Errno.OK, got.errno());
        assertArrayEquals(new byte[] {4, 2}, got.data());
    }
}
