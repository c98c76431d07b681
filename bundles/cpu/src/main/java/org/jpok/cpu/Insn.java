package org.jpok.cpu;

/**
 * One decoded instruction. The decoder fills it once; execution only reads it, so a block of
 * these runs again without touching the instruction bytes.
 */
final class Insn {
    /** Dispatch code: the opcode byte, 0x100 + second byte for 0F xx, or {@link Decoder#OP_UD}. */
    int op;
    /** Length in bytes, prefixes included. */
    int len;
    /** Operand size in bytes: 1, 2 or 4. */
    int size;
    /** Whether the 0x66 prefix was present (16-bit operands for v-sized forms). */
    boolean o16;
    /** Whether the 0x67 prefix was present (16-bit addressing). */
    boolean a16;
    /** 0, 0xF2 (repne) or 0xF3 (rep/repe). */
    int rep;
    boolean lock;

    /** ModRM fields; {@code mem} is true when the r/m operand is in memory (mod != 3). */
    boolean hasModrm;
    boolean mem;
    int reg;
    int rm;

    /** Memory operand: base and index register or -1, scale as a shift count, displacement. */
    int base = -1;
    int index = -1;
    int scale;
    int disp;
    /** Segment of the memory operand (after overrides); for string ops the source segment. */
    int seg;

    /** Position in its block, so that the exact retired count is known mid-block (rdtsc). */
    int pos;
    /** Byte offset from the start of its block: EIP = block start + off. */
    int off;

    /** {@link FastPath} code for the hottest 32-bit forms, 0 for the general path. */
    int fast;
    /** Destination and source registers of a fast form; {@code alu} is the ALU operation. */
    int dst;
    int src;
    int alu;

    int imm;
    /** Second immediate (enter's nesting level, a far pointer's selector). */
    int imm2;
}
