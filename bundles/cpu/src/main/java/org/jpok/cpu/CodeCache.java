package org.jpok.cpu;

import java.util.Arrays;

/**
 * Decoded blocks by physical address: one {@code Block[4096]} per page that holds code, plus a
 * flag per 128-byte chunk of RAM that some cached block covers. A physical write into a flagged
 * chunk drops the blocks over that chunk, so data that shares a page with code costs nothing
 * until it shares a chunk.
 */
final class CodeCache {
    static final int CHUNK_SHIFT = 7;
    /** A block is at most 64 instructions of at most 15 bytes. */
    private static final int MAX_BLOCK_BYTES = 64 * 15;

    private final Block[][] pages;
    final boolean[] codeChunk;

    CodeCache(int ramSize) {
        int n = (ramSize + 4095) >>> 12;
        pages = new Block[n][];
        codeChunk = new boolean[(n << (12 - CHUNK_SHIFT)) + 1];
    }

    /** The cached block starting at {@code phys} (inside RAM), or null. */
    Block get(int phys) {
        Block[] pb = pages[phys >>> 12];
        return pb == null ? null : pb[phys & 0xFFF];
    }

    /** Caches a block that lies within one page. */
    void put(int phys, Block b) {
        int page = phys >>> 12;
        Block[] pb = pages[page];
        if (pb == null) {
            pb = new Block[4096];
            pages[page] = pb;
        }
        pb[phys & 0xFFF] = b;
        for (int c = phys >>> CHUNK_SHIFT; c <= (phys + b.byteLength - 1) >>> CHUNK_SHIFT; c++) {
            codeChunk[c] = true;
        }
    }

    /** A write at {@code phys}: drops the blocks over its chunk if the chunk holds code. */
    void written(int phys) {
        int chunk = phys >>> CHUNK_SHIFT;
        int page = phys >>> 12;
        if (page >= pages.length || !codeChunk[chunk]) {
            return;
        }
        Block[] pb = pages[page];
        if (pb != null) {
            int lo = (chunk << CHUNK_SHIFT) & 0xFFF;
            int hi = lo + (1 << CHUNK_SHIFT);
            for (int o = Math.max(0, lo - MAX_BLOCK_BYTES); o < hi; o++) {
                Block b = pb[o];
                if (b != null && o + b.byteLength > lo) {
                    b.valid = false;
                    pb[o] = null;
                }
            }
        }
        codeChunk[chunk] = false;
    }

    /** Drops every block in the pages that {@code [phys, phys + length)} touches. */
    void invalidate(int phys, int length) {
        if (length <= 0) {
            return;
        }
        long first = (phys & 0xFFFFFFFFL) >>> 12;
        long last = ((phys & 0xFFFFFFFFL) + length - 1) >>> 12;
        for (long p = first; p <= last && p < pages.length; p++) {
            dropPage((int) p);
        }
    }

    void flush() {
        for (int p = 0; p < pages.length; p++) {
            dropPage(p);
        }
    }

    /**
     * Drops a page's blocks and chunk flags. A page without a block table has no flags either
     * (only {@link #put} sets them, inside the block's own page), so host writes into data pages
     * cost one array load.
     */
    private void dropPage(int page) {
        Block[] pb = pages[page];
        if (pb == null) {
            return;
        }
        for (Block b : pb) {
            if (b != null) {
                b.valid = false;
            }
        }
        pages[page] = null;
        Arrays.fill(codeChunk, page << (12 - CHUNK_SHIFT), (page + 1) << (12 - CHUNK_SHIFT), false);
    }
}
