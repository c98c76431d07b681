package org.jpok.api.hypercall;

/** The built-in hypercall ids, as in POK's vmm branch ({@code libpok/include/core/hypercall.h}). */
public final class HypercallIds {

    /** a1 = partition-relative buffer, a2 = length: write to the console. */
    public static final int CONSWRITE = 10;
    /** a1 = partition-relative {@code uint64_t*}: the tick counter (milliseconds since boot). */
    public static final int GETTICK = 20;
    /** a1 = IRQ line 0..15, a2 = partition-relative handler: route the line to the caller, unmask it. */
    public static final int IRQ_REGISTER_HANDLER = 25;
    /** a1 = IRQ line: stop routing it to the caller; the line is masked once nobody wants it. */
    public static final int IRQ_UNREGISTER_HANDLER = 26;
    /** Paravirtual {@code sti}: leave one level of virtual interrupt disabling. */
    public static final int IRQ_PARTITION_ENABLE = 27;
    /** Paravirtual {@code cli}: enter one more level of virtual interrupt disabling. */
    public static final int IRQ_PARTITION_DISABLE = 28;
    /** a1 = IRQ line: the caller has served it; it may be delivered again. */
    public static final int IRQ_PARTITION_ACK = 29;
    /** a1 = IRQ line, a2 = partition-relative entry: deliver this IRQ to the vCPU's common entry point. */
    public static final int IRQ_REGISTER_VCPU = 30;
    /** a1 = vector (32 + line), as POK: stop delivering it to the vCPU. */
    public static final int IRQ_UNREGISTER_VCPU = 31;
    /** Return from a virtual interrupt. */
    public static final int IRQ_DO_IRET = 32;
    /**
     * jpok extension: a1 = partition-relative buffer of 64 bytes that receives the innermost saved frame in POK's
     * {@code interrupt_frame} layout (see {@link #FRAME_SIZE}).
     */
    public static final int VCPU_GET_FRAME = 33;
    /** jpok extension: a1 = partition-relative 64-byte {@code interrupt_frame} whose user state replaces the saved one. */
    public static final int VCPU_SET_FRAME = 34;

    /**
     * Size of POK's {@code interrupt_frame}: es @0, ds @4, edi @8, esi @12, ebp @16, pusha-esp @20, ebx @24,
     * edx @28, ecx @32, eax @36, error @40, eip @44, cs @48, eflags @52, esp @56, ss @60.
     */
    public static final int FRAME_SIZE = 64;

    /** Hypercall ids are 0 to MAX_ID; larger ids are unknown by definition (the dispatch table stays small). */
    public static final int MAX_ID = 1023;

    /** Number of IRQ lines of the PIC pair, and of virtual IRQ slots per vCPU. */
    public static final int IRQ_LINES = 16;
    /** The IDT vector of IRQ line 0 (the PIC is programmed with base 0x20). */
    public static final int IRQ_VECTOR_BASE = 32;

    private HypercallIds() {
    }
}
