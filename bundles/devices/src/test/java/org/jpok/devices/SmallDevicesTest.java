package org.jpok.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class SmallDevicesTest {

    private final FakeContext ctx = new FakeContext();

    @Test
    void isaDebugExitReportsValueShiftedWithLowBitSet() {
        IsaDebugExit d = new IsaDebugExit();
        d.attach(ctx);
        d.out(0xF4, 1, 0x10);
        assertEquals(0x21, ctx.exitStatus);
        assertEquals("isa-debug-exit", ctx.exitSource);
    }

    @Test
    void acpiPowerOffNeedsTheSixteenBitSleepCommand() {
        AcpiPowerOff d = new AcpiPowerOff();
        d.attach(ctx);
        d.out(0x604, 1, 0x00);
        d.out(0x604, 2, 0x1000);
        assertNull(ctx.exitStatus);
        d.out(0x604, 2, 0x2000);
        assertEquals(0, ctx.exitStatus);
    }

    @Test
    void debugConsoleWritesToTheSinkAndIdentifiesItself() {
        DebugConsole d = new DebugConsole();
        d.attach(ctx);
        for (char c : "E9!".toCharArray()) {
            d.out(0xE9, 1, c);
        }
        assertEquals("E9!", ctx.consoleText());
        assertEquals(0xE9, d.in(0xE9, 1));
    }

    @Test
    void rtcReadsTheVirtualClockInBcd() {
        CmosRtc rtc = new CmosRtc(Instant.parse("2026-12-31T23:59:58Z"));
        rtc.attach(ctx);
        ctx.advanceTo(3_500_000_000L); // 3.5 s later: 2027-01-01 00:00:01.5
        assertEquals(0x01, read(rtc, 0x00));
        assertEquals(0x00, read(rtc, 0x02));
        assertEquals(0x00, read(rtc, 0x04));
        assertEquals(0x01, read(rtc, 0x07));
        assertEquals(0x01, read(rtc, 0x08));
        assertEquals(0x27, read(rtc, 0x09));
        assertEquals(0x20, read(rtc, 0x32));
        assertEquals(0x06, read(rtc, 0x06), "2027-01-01 is a Friday: day 6 with Sunday = 1");
        assertEquals(0x02, read(rtc, 0x0B), "BCD, 24-hour");
        assertEquals(0x80, read(rtc, 0x0D));
        rtc.out(0x70, 1, 0x40);
        rtc.out(0x71, 1, 0x77);
        assertEquals(0x77, read(rtc, 0x40), "plain CMOS storage");
        assertEquals(0x00, read(rtc, 0x80 | 0x02), "bit 7 of the index is the NMI mask, not the address");
    }

    private static int read(CmosRtc rtc, int index) {
        rtc.out(0x70, 1, index);
        return rtc.in(0x71, 1);
    }
}
