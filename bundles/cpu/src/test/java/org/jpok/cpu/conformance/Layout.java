package org.jpok.cpu.conformance;

/**
 * Addresses shared by the native oracle (oracle32.c) and the emulated machine. Both map the code
 * page and the data page at the same linear addresses, so pointers in registers mean the same.
 */
final class Layout {
    static final int CODE = 0x0010_0000;
    static final int DATA = 0x0010_1000;
    /** A second page below 64 KiB for 16-bit addressing; offset PAGE.. in pokes and diffs. */
    static final int LOW = 0x0000_8000;
    static final int PAGE = 4096;
    static final int MAX_CODE = 32;

    /** Initial ESP values lie in the top of the data page. */
    static final int STACK_LOW = 0xE00;

    private Layout() {
    }

    /** The data page fill: xorshift32 from the seed, one little-endian dword per step (as oracle32.c). */
    static void fillDataPage(byte[] into, int offset, int seed) {
        int x = seed != 0 ? seed : 0x9E3779B9;
        for (int i = 0; i < PAGE; i += 4) {
            x ^= x << 13;
            x ^= x >>> 17;
            x ^= x << 5;
            into[offset + i] = (byte) x;
            into[offset + i + 1] = (byte) (x >>> 8);
            into[offset + i + 2] = (byte) (x >>> 16);
            into[offset + i + 3] = (byte) (x >>> 24);
        }
    }

    /** The initial compared memory of a case, 2 pages (data, then low): the fills, then the pokes. */
    static void initialPages(ConformanceCase c, byte[] into, int offset) {
        fillDataPage(into, offset, c.memSeed());
        fillDataPage(into, offset + PAGE, c.memSeed() * 0x9E3779B1 + 0x7F4A7C15);
        for (int k = 0; k < c.pokeOffset().length; k++) {
            int o = c.pokeOffset()[k];
            if (o >= 0 && o <= PAGE - 4 || o >= PAGE && o <= 2 * PAGE - 4) {
                int v = c.pokeValue()[k];
                into[offset + o] = (byte) v;
                into[offset + o + 1] = (byte) (v >>> 8);
                into[offset + o + 2] = (byte) (v >>> 16);
                into[offset + o + 3] = (byte) (v >>> 24);
            }
        }
    }
}
