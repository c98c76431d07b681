package org.jpok.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.jpok.api.kernel.Kernel;
import org.jpok.api.kernel.KernelStatus;
import org.jpok.api.kernel.RunOutcome;
import org.junit.jupiter.api.Test;

class KernelCommandsTest {

    private final List<Long> limits = new ArrayList<>();
    private long now = 7_000_000;

    private final Kernel kernel = (Kernel) Proxy.newProxyInstance(Kernel.class.getClassLoader(),
            new Class<?>[] {Kernel.class}, (proxy, method, args) -> switch (method.getName()) {
                case "status" -> new KernelStatus("sys/config.yaml", "x86-qemu", "PAUSED", now, List.of(), 0);
                case "run" -> {
                    limits.add((Long) args[0]);
                    yield CompletableFuture.completedFuture(
                            new RunOutcome(RunOutcome.Reason.TIME_LIMIT, 3, "time limit reached", (Long) args[0]));
                }
                default -> throw new UnsupportedOperationException(method.getName());
            });

    @Test
    void runTimeIsRelativeToTheCurrentVirtualTime() throws Exception {
        KernelCommands c = new KernelCommands(kernel);
        assertEquals("TIME_LIMIT at 17000000 ns: time limit reached", c.run("10ms"));
        now = 17_000_000;
        assertEquals("TIME_LIMIT at 17500000 ns: time limit reached", c.run("500us"));
        assertEquals(List.of(17_000_000L, 17_500_000L), limits);
    }
}
