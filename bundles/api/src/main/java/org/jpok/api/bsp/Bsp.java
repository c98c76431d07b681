package org.jpok.api.bsp;

import org.jpok.api.cpu.RegisterContext;
import org.jpok.api.machine.HostCallHandler;
import org.jpok.api.machine.Machine;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A board support package: what the kernel needs from the PC beneath it. A BSP bundle registers
 * one as a service with the property {@value #NAME_PROPERTY}; the kernel binds it dynamically and
 * never names a BSP class. Every method except {@link #name()} runs on the machine's vCPU thread.
 */
@ConsumerType
public interface Bsp {

    /** The service property that names the BSP ({@code x86-qemu}, {@code x86-qemu-vmm}). */
    String NAME_PROPERTY = "bsp.name";

    /** The name config.yaml's {@code target.bsp} and {@code --bsp} use. */
    String name();

    /**
     * Takes over {@code machine} for a kernel laid out as {@code layout}: writes the GDT (kernel
     * segments, the TSS, each partition's code and data segment), the IDT (empty until
     * {@link #registerEvent}), the TSS, remaps the PIC to vectors 32..47 and programs the PIT to
     * tick every {@link BspLayout#timerPeriodNs()}.
     */
    void attach(Machine machine, BspLayout layout);

    /** Lets go of the machine: masks the PIC, stops the PIT. */
    void detach();

    /**
     * Routes {@code vector} to the ring-0 code at physical {@code handler}: a trap gate that ring 3
     * may raise with {@code int} if {@code userCallable}, else an interrupt gate only hardware and
     * exceptions reach.
     */
    void registerEvent(int vector, int handler, boolean userCallable);

    /** The ring-0 register state with the BSP's descriptor tables loaded: the template of every kernel context. */
    RegisterContext kernelContext();

    /** The ring-0 stack the CPU switches to when ring 3 is interrupted (the TSS's SS0:ESP0). */
    void setKernelStack(int esp0);

    /** Acknowledges hardware interrupt {@code irq} (0..15) at the interrupt controller. */
    void endOfInterrupt(int irq);

    /**
     * Lets go of the machine in a hot swap, as {@link #detach()}, and names what only this BSP held and is now
     * dropped, one line each (e.g. a partition's pending vCPU interrupts or saved upcall frames), apart from the
     * {@link #vcpuRegistrations()} that the kernel has read just before and offers to the successor. The default
     * drops nothing.
     */
    default java.util.List<String> detachForSwap() {
        detach();
        return java.util.List.of();
    }

    /**
     * Takes over a machine another BSP has just let go of in a hot swap: as {@link #attach}, but the interrupt
     * controller's pending requests are kept (no re-initialisation that would clear them). The default attaches.
     */
    default void attachForSwap(Machine machine, BspLayout layout) {
        attach(machine, layout);
    }

    /**
     * The vCPU registrations this BSP honours now, for the kernel to offer to the next BSP in a hot swap (read just
     * before {@link #detachForSwap()}). The default holds none.
     */
    default java.util.List<VcpuRegistration> vcpuRegistrations() {
        return java.util.List.of();
    }

    /**
     * After {@link #attachForSwap}: takes over the registrations the previous BSP held, as far as this BSP can
     * honour them, and returns the ones it cannot, which the kernel reports as dropped. The default honours none.
     */
    default java.util.List<VcpuRegistration> adoptVcpuRegistrations(java.util.List<VcpuRegistration> held) {
        return held;
    }

    /** Writes console bytes (COM1 on the PC BSPs). */
    void writeConsole(byte[] bytes, int offset, int length);

    /** One byte of console input, or -1 if none is waiting. */
    int readConsole();

    /** Powers the machine off (the kernel's shutdown). */
    void powerOff();

    /**
     * The host-call handler to install once the kernel is ready to serve {@code kernel}'s host calls. A BSP
     * with ring-0 code of its own (the vmm BSP's IRQ prologues and hypercall gate) returns a handler that
     * serves its own numbers and passes the kernel's through; the default is {@code kernel} itself.
     */
    default HostCallHandler hostCalls(HostCallHandler kernel) {
        return kernel;
    }
}
