package org.jpok.cpu.x87;

/**
 * What the x87 unit needs from the integer core while it executes one instruction. The core
 * decodes the ModRM byte and its effective address; the unit only names displacements from that
 * address, so segment checks and page faults stay in the core.
 */
public interface X87Host {

    int CR0_MP = 1 << 1, CR0_EM = 1 << 2, CR0_TS = 1 << 3, CR0_NE = 1 << 5;

    int VECTOR_UD = 6, VECTOR_NM = 7, VECTOR_MF = 16;

    /**
     * Reads {@code size} (1, 2, 4 or 8) bytes, little-endian, at the instruction's memory operand
     * plus {@code disp}, with the core's segment and paging checks; a fault propagates as the core's own exception.
     */
    long read(int disp, int size);

    /** Writes {@code size} (1, 2, 4 or 8) low bytes of {@code value} at the memory operand plus {@code disp}. */
    void write(int disp, int size, long value);

    /** EFLAGS, for FCMOVcc. */
    int eflags();

    /** Sets EFLAGS, for FCOMI and friends. */
    void setEflags(int eflags);

    /** Writes AX for {@code fnstsw ax}. */
    void setAx(int value);

    int cr0();

    /** The exception the core throws to deliver {@code vector}; the unit throws what this returns. */
    RuntimeException fault(int vector);

    /** Offset of the current instruction, kept as the x87 last-instruction pointer. */
    default int instructionOffset() {
        return 0;
    }

    default int codeSelector() {
        return 0;
    }

    /** Offset of the memory operand (its segment selector below), kept as the last data pointer. */
    default int operandOffset() {
        return 0;
    }

    default int operandSelector() {
        return 0;
    }
}
