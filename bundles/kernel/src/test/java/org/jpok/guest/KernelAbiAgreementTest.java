package org.jpok.guest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.ToIntFunction;
import java.util.function.UnaryOperator;

import org.jpok.api.kernel.ErrorKind;
import org.jpok.api.kernel.Errno;
import org.jpok.api.kernel.PartitionMode;
import org.jpok.api.kernel.ThreadState;
import org.jpok.kernel.syscall.SyscallId;
import org.junit.jupiter.api.Test;

/**
 * The kernel's numbering (syscall ids, errno, error kinds, partition modes,
 * thread states) agrees with POK's ABI table, which the SDK headers are
 * checked against by AbiLayoutTest: SDK and kernel speak the same ABI.
 */
class KernelAbiAgreementTest {

    private static <E extends Enum<E>> void agree(Class<E> kernelEnum, ToIntFunction<E> code, String prefix,
            String... notInKernel) throws Exception {
        agree(kernelEnum, code, prefix, UnaryOperator.identity(), notInKernel);
    }

    /** kernelToPok maps a kernel constant name to POK's spelling where they differ. */
    private static <E extends Enum<E>> void agree(Class<E> kernelEnum, ToIntFunction<E> code, String prefix,
            UnaryOperator<String> kernelToPok, String... notInKernel) throws Exception {
        Map<String, String> table = AbiLayoutTest.expectedTable();
        Map<String, Integer> fromTable = new TreeMap<>();
        table.forEach((k, v) -> {
            if (k.startsWith("const." + prefix)) {
                fromTable.put(k.substring(("const." + prefix).length()), Integer.parseInt(v));
            }
        });
        for (String skip : notInKernel) {
            fromTable.remove(skip);
        }
        Map<String, Integer> fromKernel = new TreeMap<>();
        for (E e : kernelEnum.getEnumConstants()) {
            fromKernel.put(kernelToPok.apply(e.name()), code.applyAsInt(e));
        }
        List<String> differences = new ArrayList<>();
        Set<String> names = new TreeSet<>(fromTable.keySet());
        names.addAll(fromKernel.keySet());
        for (String n : names) {
            if (!Objects.equals(fromTable.get(n), fromKernel.get(n))) {
                differences.add(prefix + n + ": POK " + fromTable.get(n) + ", kernel " + fromKernel.get(n));
            }
        }
        assertEquals(List.of(), differences, kernelEnum.getSimpleName() + " vs pok-abi.properties");
    }

    @Test
    void syscallIds() throws Exception {
        // POK's header spells the NE2000 driver's calls RTL8929; the kernel names them after the chip, RTL8029
        agree(SyscallId.class, SyscallId::id, "POK_SYSCALL_", n -> n.replace("RTL8029", "RTL8929"), "INT_NUMBER");
    }

    @Test
    void errnoValues() throws Exception {
        agree(Errno.class, Errno::code, "POK_ERRNO_");
    }

    @Test
    void errorKinds() throws Exception {
        agree(ErrorKind.class, ErrorKind::code, "POK_ERROR_KIND_");
    }

    @Test
    void partitionModes() throws Exception {
        agree(PartitionMode.class, PartitionMode::code, "POK_PARTITION_MODE_");
    }

    @Test
    void threadStates() throws Exception {
        agree(ThreadState.class, ThreadState::code, "POK_STATE_");
    }
}
