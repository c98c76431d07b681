package org.jpok.machine;

import org.jpok.api.cpu.CpuBus;

/** What the fake guests do to the PC's chips, spelled out as port writes, as real guest code does. */
final class GuestOps {

    private GuestOps() {
    }

    /** The usual remap: master to 0x20, slave to 0x28, everything masked but {@code unmaskedMaster}. */
    static void initPic(CpuBus bus, int unmaskedMaster) {
        bus.out(0x20, 1, 0x11);
        bus.out(0xA0, 1, 0x11);
        bus.out(0x21, 1, 0x20);
        bus.out(0xA1, 1, 0x28);
        bus.out(0x21, 1, 0x04);
        bus.out(0xA1, 1, 0x02);
        bus.out(0x21, 1, 0x01);
        bus.out(0xA1, 1, 0x01);
        bus.out(0x21, 1, ~unmaskedMaster & 0xFF);
        bus.out(0xA1, 1, 0xFF);
    }

    /** PIT channel 0, lo/hi access, the given mode and divisor. */
    static void programPit(CpuBus bus, int mode, int divisor) {
        bus.out(0x43, 1, 0x30 | mode << 1);
        bus.out(0x40, 1, divisor & 0xFF);
        bus.out(0x40, 1, divisor >> 8 & 0xFF);
    }

    static void eoi(CpuBus bus) {
        bus.out(0x20, 1, 0x20);
    }

    static void print(CpuBus bus, String s) {
        for (char c : s.toCharArray()) {
            while ((bus.in(0x3FD, 1) & 0x20) == 0) {
                // wait for THRE (never happens with the instant transmitter)
            }
            bus.out(0x3F8, 1, c);
        }
    }
}
