package org.jpok.machine;

import java.io.FileOutputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jpok.api.cpu.CpuFactory;
import org.jpok.api.device.ConsoleSink;
import org.jpok.api.device.InterruptController;
import org.jpok.api.device.IoDevice;
import org.jpok.api.machine.Machine;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The machine as a DS component. Devices and the interrupt controller are whiteboard services
 * bound dynamically, so device bundles plug in and out while the machine runs; the CPU factory is
 * static, as a machine without its CPU makes no sense.
 */
@Component(service = Machine.class, configurationPid = "org.jpok.machine", immediate = true)
@Designate(ocd = MachineConfig.class)
public class MachineComponent extends Board {

    private final AutoCloseable consoleResource;

    @Activate
    public MachineComponent(MachineConfig config, @Reference(name = "cpuFactory") CpuFactory cpuFactory) {
        this(config, openConsole(config.console_output()), cpuFactory);
    }

    private MachineComponent(MachineConfig config, ConsoleSink console, CpuFactory cpuFactory) {
        super(settings(config, console), cpuFactory::create);
        this.consoleResource = console instanceof AutoCloseable c && console != STDOUT ? c : null;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindDevice(IoDevice device) {
        plug(device);
    }

    void unbindDevice(IoDevice device) {
        unplug(device);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindInterruptController(InterruptController ic) {
        useInterruptController(ic);
    }

    void unbindInterruptController(InterruptController ic) {
        dropInterruptController(ic);
    }

    @Deactivate
    void deactivate() throws Exception {
        close();
        if (consoleResource != null) {
            consoleResource.close();
        }
    }

    private static final StreamConsoleSink STDOUT = new StreamConsoleSink(System.out, false);

    private static ConsoleSink openConsole(String spec) {
        String s = spec == null ? "stdout" : spec.trim();
        if (s.equals("stdout")) {
            return STDOUT;
        }
        if (s.equals("none")) {
            return ConsoleSink.DISCARD;
        }
        if (s.startsWith("file:")) {
            String path = s.substring(5);
            try {
                return new StreamConsoleSink(new FileOutputStream(path), true);
            } catch (FileNotFoundException e) {
                throw new IllegalArgumentException("console.output: cannot open '" + path + "': " + e.getMessage());
            }
        }
        throw new IllegalArgumentException("console.output must be 'stdout', 'none' or 'file:<path>', got '" + spec + "'");
    }

    private static MachineSettings settings(MachineConfig config, ConsoleSink console) {
        int mib = config.memory_size_mib();
        if (mib < 1 || mib > 2047) {
            throw new IllegalArgumentException("memory.size.mib must be 1..2047, got " + mib);
        }
        byte[] input = new byte[0];
        String in = config.console_input().trim();
        if (!in.isEmpty()) {
            try {
                input = Files.readAllBytes(Path.of(in));
            } catch (IOException e) {
                throw new IllegalArgumentException("console.input: cannot read '" + in + "': " + e.getMessage());
            }
        }
        return new MachineSettings(mib << 20, config.instructions_per_microsecond(), config.pacing(), console, input);
    }
}
