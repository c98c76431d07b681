package org.jpok.api.machine;

import org.jpok.api.cpu.Cpu;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Serves the CPU's host-call instruction (a reserved opcode that ring-0 stubs use to call into
 * Java). The kernel installs one with {@link Machine#setHostCallHandler}.
 */
@ConsumerType
@FunctionalInterface
public interface HostCallHandler {

    /**
     * Runs on the vCPU thread, right after the host-call instruction retired. The handler may read
     * and change the CPU state and guest memory; the CPU resumes from its (possibly changed) state.
     */
    void hostCall(Cpu cpu, int number);
}
