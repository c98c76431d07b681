package org.jpok.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.jpok.api.hypercall.HypercallStat;
import org.jpok.api.kernel.Errno;
import org.junit.jupiter.api.Test;

class HypercallInvokeCommandsTest {

    private final List<String> calls = new ArrayList<>();
    private final HypercallInvokeCommands commands = new HypercallInvokeCommands(VcpuCommandsTest.kernelOn("x86-qemu"),
            PartitionCommandsTest.FAKE, VcpuCommandsTest.MACHINE);

    void attachVmm() {
        commands.addInvoker((p, id, args) -> Optional.empty()); // a vmm BSP that is not attached
        commands.addInvoker((p, id, args) -> {
            calls.add(p + " " + id + " " + Arrays.toString(args));
            return Optional.of(id == 20 ? Errno.OK : Errno.EINVAL);
        });
    }

    @Test
    void invokesForThePartitionWithTheParsedArguments() throws Exception {
        attachVmm();
        assertEquals("hypercall 20 for beta: OK (0)", commands.hypercall("beta", "20", "0x10", "-1"));
        assertEquals(List.of("1 20 [16, -1]"), calls);
        assertEquals("hypercall 99 for alpha: EINVAL (1)", commands.hypercall("alpha", "99"));
    }

    @Test
    void aHypercallMayBeNamed() throws Exception {
        attachVmm();
        commands.statistics = () -> List.of(new HypercallStat(20, "time.gettick", "b", 3, 0, true, 0, 0, 0, 0));
        assertEquals("hypercall 20 for alpha: OK (0)", commands.hypercall("alpha", "time.gettick"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> commands.hypercall("alpha", "nope"));
        assertEquals("unknown hypercall 'nope'", e.getMessage());
    }

    @Test
    void withoutAnAttachedVmmItNamesTheActiveBsp() {
        commands.addInvoker((p, id, args) -> Optional.empty());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> commands.hypercall("alpha", "20"));
        assertEquals("no hypercalls: the active BSP is x86-qemu", e.getMessage());
    }

    @Test
    void badArgumentsAreNamed() {
        attachVmm();
        assertEquals("bad number 'x'", assertThrows(IllegalArgumentException.class,
                () -> commands.hypercall("alpha", "20", "1", "x")).getMessage());
        assertEquals("a hypercall takes at most 5 arguments, not 6", assertThrows(IllegalArgumentException.class,
                () -> commands.hypercall("alpha", "20", "1", "2", "3", "4", "5", "6")).getMessage());
        assertEquals("unknown partition 'gamma'", assertThrows(IllegalArgumentException.class,
                () -> commands.hypercall("gamma", "20")).getMessage());
        assertEquals(List.of(), calls);
    }
}
