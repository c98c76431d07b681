package org.jpok.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jpok.api.kernel.Kernel;
import org.jpok.api.kernel.KernelStatus;
import org.junit.jupiter.api.Test;

class ResetCommandTest {

    private final List<String> boots = new ArrayList<>();
    private String config = "sys/config.yaml";

    private final Kernel kernel = (Kernel) Proxy.newProxyInstance(Kernel.class.getClassLoader(),
            new Class<?>[] {Kernel.class}, (proxy, method, args) -> switch (method.getName()) {
                case "status" -> new KernelStatus(config, config == null ? null : "x86-qemu-vmm", "PAUSED", 5, List.of(), 0);
                case "boot" -> {
                    boots.add(args[0] + " " + args[1]);
                    yield null;
                }
                default -> throw new UnsupportedOperationException(method.getName());
            });

    @Test
    void bootsTheSameConfigOnTheSameBspAgain() throws Exception {
        assertEquals("reset: sys/config.yaml booted again on x86-qemu-vmm", new ResetCommand(kernel).reset());
        assertEquals(List.of(Path.of("sys/config.yaml") + " x86-qemu-vmm"), boots);
    }

    @Test
    void nothingBootedIsAOneLineError() {
        config = null;
        assertEquals("nothing is booted",
                assertThrows(IllegalStateException.class, () -> new ResetCommand(kernel).reset()).getMessage());
        assertEquals(List.of(), boots);
    }
}
