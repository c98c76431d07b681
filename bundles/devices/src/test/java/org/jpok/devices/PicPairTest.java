package org.jpok.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PicPairTest {

    private final PicPair pic = new PicPair();

    /** The usual PC initialisation: master at vector 0x20, slave at 0x28, cascade on IRQ 2. */
    @BeforeEach
    void initLikeAnOs() {
        pic.attach(new FakeContext());
        pic.out(0x20, 1, 0x11); // ICW1: edge, cascade, ICW4 needed
        pic.out(0xA0, 1, 0x11);
        pic.out(0x21, 1, 0x20); // ICW2
        pic.out(0xA1, 1, 0x28);
        pic.out(0x21, 1, 0x04); // ICW3: slave on IRQ 2
        pic.out(0xA1, 1, 0x02); // ICW3: slave id 2
        pic.out(0x21, 1, 0x01); // ICW4: 8086 mode
        pic.out(0xA1, 1, 0x01);
        pic.out(0x21, 1, 0x00); // OCW1: unmask all
        pic.out(0xA1, 1, 0x00);
    }

    private void pulse(int irq) {
        pic.setIrq(irq, false);
        pic.setIrq(irq, true);
    }

    private void eoiMaster() {
        pic.out(0x20, 1, 0x20);
    }

    @Test
    void initialisationSetsVectorsAndCascadeWiring() {
        assertEquals(0x04, pic.master().icw3());
        assertEquals(0x02, pic.slave().icw3());
        assertEquals(0x00, pic.in(0x21, 1));
        pulse(1);
        assertTrue(pic.intr());
        assertEquals(0x21, pic.acknowledge());
    }

    @Test
    void deliversByFixedPriorityAndEoiRearms() {
        pulse(4);
        pulse(1);
        pulse(0);
        assertEquals(0x20, pic.acknowledge()); // IRQ 0 first
        assertFalse(pic.intr(), "IRQ 0 in service blocks lower levels");
        eoiMaster();
        assertTrue(pic.intr());
        assertEquals(0x21, pic.acknowledge());
        eoiMaster();
        assertEquals(0x24, pic.acknowledge());
        assertFalse(pic.intr());
        eoiMaster();
        assertFalse(pic.intr());
        pulse(0); // re-armed: a new edge raises a new request
        assertTrue(pic.intr());
        assertEquals(0x20, pic.acknowledge());
    }

    @Test
    void higherPriorityNestsOverLowerInService() {
        pulse(5);
        assertEquals(0x25, pic.acknowledge());
        pulse(3);
        assertTrue(pic.intr(), "IRQ 3 outranks IRQ 5 in service");
        assertEquals(0x23, pic.acknowledge());
        pic.out(0x20, 1, 0x0B); // OCW3: read ISR
        assertEquals(0x28, pic.in(0x20, 1));
        eoiMaster(); // non-specific: clears the highest, IRQ 3
        assertEquals(0x20, pic.in(0x20, 1));
    }

    @Test
    void edgeTriggeredLineThatStaysHighRequestsOnce() {
        pic.setIrq(3, true);
        assertEquals(0x23, pic.acknowledge());
        eoiMaster();
        pic.setIrq(3, true);
        assertFalse(pic.intr(), "no new edge, no new request");
    }

    @Test
    void masksHoldRequestsInIrr() {
        pic.out(0x21, 1, 0x02); // mask IRQ 1
        pulse(1);
        assertFalse(pic.intr());
        pic.out(0x20, 1, 0x0A); // OCW3: read IRR
        assertEquals(0x02, pic.in(0x20, 1));
        assertEquals(0x02, pic.in(0x21, 1));
        pic.out(0x21, 1, 0x00);
        assertTrue(pic.intr());
        assertEquals(0x21, pic.acknowledge());
    }

    @Test
    void specificEoiClearsTheNamedLevel() {
        pulse(6);
        assertEquals(0x26, pic.acknowledge());
        pulse(3);
        assertEquals(0x23, pic.acknowledge());
        pic.out(0x20, 1, 0x66); // specific EOI for IRQ 6 (a non-specific one would clear IRQ 3)
        pic.out(0x20, 1, 0x0B);
        assertEquals(0x08, pic.in(0x20, 1));
    }

    @Test
    void slaveIrqCascadesThroughIrq2() {
        pulse(12);
        assertTrue(pic.intr());
        assertEquals(0x2C, pic.acknowledge());
        pic.out(0x20, 1, 0x0B);
        assertEquals(0x04, pic.in(0x20, 1), "master has IRQ 2 in service");
        pic.out(0xA0, 1, 0x0B);
        assertEquals(0x10, pic.in(0xA0, 1), "slave has IRQ 12 in service");
        pulse(9);
        assertFalse(pic.intr(), "IRQ 9 waits: the cascade is in service on the master");
        pic.out(0xA0, 1, 0x20);
        eoiMaster();
        assertTrue(pic.intr());
        assertEquals(0x29, pic.acknowledge());
    }

    @Test
    void spuriousIrq7WhenTheRequestVanishes() {
        pic.setIrq(3, true);
        assertTrue(pic.intr());
        pic.out(0x21, 1, 0x08); // masked between INTR and INTA
        assertEquals(0x27, pic.acknowledge());
        pic.out(0x20, 1, 0x0B);
        assertEquals(0x00, pic.in(0x20, 1), "a spurious IRQ 7 sets no ISR bit");
    }

    @Test
    void spuriousIrq15LeavesMasterCascadeInService() {
        pulse(10);
        assertTrue(pic.intr());
        pic.out(0xA1, 1, 0x04); // mask IRQ 10 on the slave
        // the master latched IRQ 2 already; its INTA finds nothing on the slave
        assertEquals(0x2F, pic.acknowledge());
        pic.out(0xA0, 1, 0x0B);
        assertEquals(0x00, pic.in(0xA0, 1));
        pic.out(0x20, 1, 0x0B);
        assertEquals(0x04, pic.in(0x20, 1), "the guest still owes the master an EOI");
    }

    @Test
    void autoEoiLeavesNothingInService() {
        pic.out(0x20, 1, 0x11);
        pic.out(0x21, 1, 0x20);
        pic.out(0x21, 1, 0x04);
        pic.out(0x21, 1, 0x03); // ICW4: AEOI
        pulse(0);
        assertEquals(0x20, pic.acknowledge());
        pulse(1);
        assertTrue(pic.intr(), "no ISR bit blocks IRQ 1");
    }

    @Test
    void pollCommandReturnsAndAcknowledgesTheHighestRequest() {
        pulse(5);
        pic.out(0x20, 1, 0x0C); // OCW3 poll
        assertEquals(0x85, pic.in(0x20, 1));
        pic.out(0x20, 1, 0x0B);
        assertEquals(0x20, pic.in(0x20, 1));
    }

    @Test
    void levelTriggeredFollowsTheLine() {
        pic.out(0x20, 1, 0x19); // ICW1 with LTIM
        pic.out(0x21, 1, 0x20);
        pic.out(0x21, 1, 0x04);
        pic.out(0x21, 1, 0x01);
        pic.setIrq(3, true);
        assertTrue(pic.intr());
        pic.setIrq(3, false);
        assertFalse(pic.intr());
    }
}
