package org.jpok.devices;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.jpok.api.device.DeviceContext;
import org.jpok.api.device.IoDevice;
import org.jpok.api.device.PortRange;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The MC146818 CMOS clock at 0x70 (index; bit 7 is the NMI mask) and 0x71 (data). The time is a
 * fixed epoch (configurable, so runs stay reproducible) plus the machine's virtual time, in BCD,
 * 24-hour mode. The other CMOS bytes are plain storage. Setting the clock is not modelled: writes
 * to the time registers are stored but the clock keeps reading the virtual time.
 */
@Component(service = IoDevice.class, configurationPid = "org.jpok.devices.rtc")
@Designate(ocd = CmosRtc.Config.class)
public class CmosRtc implements IoDevice {

    @ObjectClassDefinition(name = "jpok CMOS RTC")
    public @interface Config {
        @AttributeDefinition(description = "The wall time at virtual time 0, ISO-8601 (UTC)")
        String epoch() default "2000-01-01T00:00:00Z";
    }

    static final int STATUS_A = 0x0A, STATUS_B = 0x0B, STATUS_C = 0x0C, STATUS_D = 0x0D, CENTURY = 0x32;

    private final Instant epoch;
    private final byte[] cmos = new byte[128];
    private DeviceContext context;
    private int index;

    @Activate
    public CmosRtc(Config config) {
        this(parseEpoch(config.epoch()));
    }

    CmosRtc(Instant epoch) {
        this.epoch = epoch;
    }

    @Override
    public String name() {
        return "CMOS RTC";
    }

    @Override
    public List<PortRange> ports() {
        return List.of(PortRange.of(0x70, 2));
    }

    @Override
    public void attach(DeviceContext context) {
        this.context = context;
        java.util.Arrays.fill(cmos, (byte) 0);
        cmos[STATUS_A] = 0x26; // 32.768 kHz time base, 1024 Hz rate; UIP never set
        cmos[STATUS_B] = 0x02; // BCD, 24-hour
        index = 0;
    }

    @Override
    public void detach() {
        context = null;
    }

    @Override
    public int in(int port, int size) {
        if (port == 0x70) {
            return 0xFF; // the index register is write-only
        }
        return switch (index) {
            case 0x00, 0x02, 0x04, 0x06, 0x07, 0x08, 0x09, CENTURY -> timeField(index);
            case STATUS_C -> 0; // no interrupt sources modelled
            case STATUS_D -> 0x80; // valid RAM and time
            default -> cmos[index] & 0xFF;
        };
    }

    @Override
    public void out(int port, int size, int value) {
        if (port == 0x70) {
            index = value & 0x7F;
        } else {
            cmos[index] = (byte) value;
        }
    }

    private int timeField(int reg) {
        ZonedDateTime t = epoch.plusNanos(context.clock().nanos()).atZone(ZoneOffset.UTC);
        int v = switch (reg) {
            case 0x00 -> t.getSecond();
            case 0x02 -> t.getMinute();
            case 0x04 -> t.getHour();
            case 0x06 -> t.getDayOfWeek().getValue() % 7 + 1; // 1 = Sunday
            case 0x07 -> t.getDayOfMonth();
            case 0x08 -> t.getMonthValue();
            case 0x09 -> t.getYear() % 100;
            default -> t.getYear() / 100;
        };
        return v / 10 << 4 | v % 10;
    }

    private static Instant parseEpoch(String s) {
        try {
            return Instant.parse(s.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("rtc epoch must be an ISO-8601 instant like 2000-01-01T00:00:00Z, got '" + s + "'");
        }
    }
}
