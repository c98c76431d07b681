package org.jpok.cpu;

/**
 * A run of decoded instructions that ends at a control transfer, at an instruction that changes
 * processor mode, or at a page boundary. Blocks are cached by the physical address of their first
 * byte and dropped when their page is written.
 */
final class Block {
    final Insn[] insns;
    final int count;
    /** Bytes covered, so the run loop can check the CS limit once per block. */
    final int byteLength;
    /** Cleared when the page is written; links to a dead block are not followed. */
    boolean valid = true;

    /** Successor links (fall-through or taken branch), checked against eip and the mapping epoch. */
    Block link0;
    int link0Eip;
    Block link1;
    int link1Eip;
    int linkEpoch;

    /**
     * The instructions' {@link Insn#fast} codes side by side: the block loop loads the code by
     * index, in parallel with the instruction, instead of through it.
     */
    final int[] fast;

    Block(Insn[] insns, int count, int byteLength) {
        this.insns = insns;
        this.fast = new int[count];
        for (int i = 0; i < count; i++) {
            fast[i] = insns[i].fast;
        }
        this.count = count;
        this.byteLength = byteLength;
    }
}
