package org.jpok.kernel.port;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jpok.api.kernel.Errno;
import org.jpok.api.kernel.ThreadState;
import org.jpok.kernel.config.ChannelConfig;
import org.jpok.kernel.config.PortRef;
import org.jpok.kernel.sched.KernelThread;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PortTableTest {

    private static final int IN = 1;
    private static final int OUT = 2;

    private PortTable ports;
    private KernelThread sender;
    private KernelThread receiver;

    @BeforeEach
    void setUp() {
        ports = new PortTable(List.of(
                new ChannelConfig(PortKind.SAMPLING, 8, new PortRef("s_out", 0),
                        List.of(new PortRef("s_in", 1), new PortRef("s_in2", 2))),
                new ChannelConfig(PortKind.QUEUING, 10, new PortRef("q_out", 0), List.of(new PortRef("q_in", 1)))));
        sender = new KernelThread(1, 0, 1);
        receiver = new KernelThread(5, 1, 1);
        sender.setState(ThreadState.RUNNABLE);
        receiver.setState(ThreadState.RUNNABLE);
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    private void createAll() {
        assertEquals(new PortIdResult(Errno.OK, 0), ports.createSampling(0, "s_out", 8, OUT, 0));
        assertEquals(new PortIdResult(Errno.OK, 1), ports.createSampling(1, "s_in", 8, IN, 100));
        assertEquals(new PortIdResult(Errno.OK, 3), ports.createQueuing(0, "q_out", 10, OUT, 0));
        assertEquals(new PortIdResult(Errno.OK, 4), ports.createQueuing(1, "q_in", 10, IN, 0));
    }

    @Test
    void idsFollowDeclarationOrder() {
        assertEquals(5, ports.size());
        assertEquals(new PortIdResult(Errno.OK, 2), ports.id(2, "s_in2", PortKind.SAMPLING));
        assertEquals(new PortIdResult(Errno.OK, 4), ports.id(1, "q_in", PortKind.QUEUING));
        assertEquals(Errno.NOTFOUND, ports.id(1, "q_in", PortKind.SAMPLING).errno());
        assertEquals(Errno.PORT, ports.id(0, "q_in", PortKind.QUEUING).errno(), "not the owner");
    }

    @Test
    void creationChecksOwnerDirectionAndSize() {
        assertEquals(Errno.NOTFOUND, ports.createSampling(0, "nope", 8, OUT, 0).errno());
        assertEquals(Errno.PORT, ports.createSampling(1, "s_out", 8, OUT, 0).errno());
        assertEquals(Errno.PORT, ports.createSampling(0, "s_out", 8, IN, 0).errno());
        assertEquals(Errno.PORT, ports.createSampling(0, "s_out", 9, OUT, 0).errno());
        assertEquals(Errno.PORT, ports.createSampling(0, "s_out", 0, OUT, 0).errno());
        assertEquals(Errno.OK, ports.createSampling(0, "s_out", 4, OUT, 0).errno());
        assertEquals(new PortIdResult(Errno.EXISTS, 0), ports.createSampling(0, "s_out", 4, OUT, 0));
        assertEquals(Errno.DISCIPLINE, ports.createQueuing(0, "q_out", 10, OUT, 1).errno());
        assertEquals(Errno.OK, ports.createQueuing(0, "q_out", 10, OUT, 0).errno());
        assertEquals(Errno.OK, ports.createQueuing(0, "q_out", 10, OUT, 0).errno(), "again is OK, as POK");
    }

    @Test
    void samplingMessagesArriveAtTheFlushAndAgeOut() {
        createAll();
        assertEquals(Errno.EMPTY, ports.readSampling(1, 1, 0).errno());
        assertEquals(Errno.OK, ports.writeSampling(0, 0, bytes(1, 2, 3), 1000));
        assertEquals(Errno.EMPTY, ports.readSampling(1, 1, 1001).errno(), "not before the flush");
        ports.flush(p -> true);
        SamplingRead r = ports.readSampling(1, 1, 1100);
        assertEquals(Errno.OK, r.errno());
        assertArrayEquals(bytes(1, 2, 3), r.data());
        assertTrue(r.valid(), "written at 1000 with refresh 100");
        assertFalse(ports.readSampling(1, 1, 1101).valid());
        SamplingStatus st = ports.samplingStatus(1, 1, 1100);
        assertEquals(new SamplingStatus(Errno.OK, 8, PortDirection.IN, 100, true), st);
        assertEquals(Errno.EINVAL, ports.readSampling(2, 2, 0).errno(), "s_in2 never created");
    }

    @Test
    void samplingErrors() {
        createAll();
        assertEquals(Errno.EINVAL, ports.writeSampling(0, 0, new byte[9], 0), "longer than the port");
        assertEquals(Errno.EINVAL, ports.writeSampling(0, 0, new byte[0], 0));
        assertEquals(Errno.EINVAL, ports.writeSampling(0, 77, new byte[1], 0));
        assertEquals(Errno.PORT, ports.writeSampling(1, 0, new byte[1], 0), "not the owner");
        assertEquals(Errno.DIRECTION, ports.writeSampling(1, 1, new byte[1], 0));
        assertEquals(Errno.KIND, ports.writeSampling(0, 3, new byte[1], 0));
        assertEquals(Errno.DIRECTION, ports.readSampling(0, 0, 0).errno());
        assertEquals(Errno.PORT, ports.samplingStatus(0, 1, 0).errno());
    }

    @Test
    void flushSkipsPartitionsNotInNormalOrIdle() {
        createAll();
        ports.writeSampling(0, 0, bytes(7), 0);
        ports.flush(p -> p != 0);
        assertEquals(Errno.EMPTY, ports.readSampling(1, 1, 0).errno());
        ports.flush(p -> true);
        assertEquals(Errno.OK, ports.readSampling(1, 1, 0).errno());
    }

    @Test
    void queuedMessagesKeepTheirBoundariesAndOrder() {
        createAll();
        assertEquals(Errno.OK, ports.send(sender, 3, bytes(1, 2, 3), 0, 0).errno());
        assertEquals(Errno.OK, ports.send(sender, 3, bytes(4, 5), 0, 0).errno());
        assertEquals(Errno.EMPTY, ports.receive(receiver, 4, 10, 0, 0).errno());
        ports.flush(p -> true);
        assertEquals(new QueuingStatus(Errno.OK, 10, PortDirection.IN, 2, 0), ports.queuingStatus(1, 4));
        assertArrayEquals(bytes(1, 2, 3), ports.receive(receiver, 4, 10, 0, 1).data());
        assertArrayEquals(bytes(4), ports.receive(receiver, 4, 1, 0, 1).data(), "cut to the buffer");
        assertEquals(Errno.EMPTY, ports.receive(receiver, 4, 10, 0, 2).errno());
    }

    @Test
    void queuingErrors() {
        createAll();
        assertEquals(Errno.SIZE, ports.send(sender, 3, new byte[11], 0, 0).errno());
        assertEquals(Errno.SIZE, ports.send(sender, 3, new byte[0], 0, 0).errno());
        assertEquals(Errno.EPERM, ports.send(receiver, 3, new byte[1], 0, 0).errno());
        assertEquals(Errno.DIRECTION, ports.send(receiver, 4, new byte[1], 0, 0).errno());
        assertEquals(Errno.KIND, ports.send(sender, 0, new byte[1], 0, 0).errno());
        assertEquals(Errno.EINVAL, ports.send(sender, -1, new byte[1], 0, 0).errno());
        assertEquals(Errno.EINVAL, ports.receive(receiver, 4, 0, 0, 0).errno());
        assertEquals(Errno.PORT, ports.receive(sender, 4, 1, 0, 0).errno());
        assertEquals(Errno.DIRECTION, ports.receive(sender, 3, 1, 0, 0).errno());
        assertEquals(Errno.PORT, ports.queuingStatus(1, 3).errno());
    }

    @Test
    void fullSenderBlocksUntilTheFlushMakesRoom() {
        createAll();
        assertEquals(Errno.OK, ports.send(sender, 3, new byte[6], 0, 0).errno());
        assertEquals(Errno.FULL, ports.send(sender, 3, new byte[6], 0, 0).errno());
        PortOutcome o = ports.send(sender, 3, bytes(9, 9, 9, 9, 9, 9), 1000, 0);
        assertTrue(o.blocked());
        assertEquals(ThreadState.WAITING, sender.state());
        assertEquals(List.of(sender), ports.flush(p -> true));
        assertEquals(ThreadState.RUNNABLE, sender.state());
        assertEquals(Errno.OK, ports.resume(sender, 10).errno());
        assertTrue(ports.receive(receiver, 4, 10, 0, 11).data().length == 6);
    }

    @Test
    void receiverTimesOutOrGetsTheMessage() {
        createAll();
        assertTrue(ports.receive(receiver, 4, 10, 500, 0).blocked());
        assertEquals(500, receiver.wakeupTime());
        assertEquals(Errno.TIMEOUT, ports.resume(receiver, 500).errno());
        assertTrue(ports.receive(receiver, 4, 10, 500, 1000).blocked());
        ports.send(sender, 3, bytes(42), 0, 1100);
        ports.flush(p -> true);
        PortOutcome o = ports.resume(receiver, 1200);
        assertEquals(Errno.OK, o.errno());
        assertArrayEquals(bytes(42), o.data());
    }

    @Test
    void messagesWaitInTheSourceWhileTheDestinationIsFullOrNotCreated() {
        ports.createQueuing(0, "q_out", 10, OUT, 0);
        ports.send(sender, 3, new byte[6], 0, 0);
        ports.flush(p -> true);
        assertEquals(1, ports.queuingStatus(0, 3).messages(), "q_in not created yet");
        ports.createQueuing(1, "q_in", 10, IN, 0);
        ports.flush(p -> true);
        ports.send(sender, 3, new byte[6], 0, 0);
        ports.flush(p -> true);
        assertEquals(1, ports.queuingStatus(0, 3).messages(), "no room for a second 6-byte message");
        ports.receive(receiver, 4, 10, 0, 0);
        ports.flush(p -> true);
        assertEquals(0, ports.queuingStatus(0, 3).messages());
    }

    @Test
    void resetForgetsAPartitionsPorts() {
        createAll();
        ports.send(sender, 3, bytes(1), 0, 0);
        ports.resetPartition(0);
        assertEquals(Errno.EINVAL, ports.send(sender, 3, bytes(1), 0, 0).errno(), "must be created again");
        assertEquals(Errno.OK, ports.createQueuing(0, "q_out", 10, OUT, 0).errno());
        assertEquals(0, ports.queuingStatus(0, 3).messages());
    }
}
