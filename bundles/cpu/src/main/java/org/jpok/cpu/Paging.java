package org.jpok.cpu;

/**
 * Paging: linear to physical through the two-level page tables (4 KiB pages; 4 MiB pages when
 * CR4.PSE), with a small direct-mapped TLB, accessed and dirty bits, the U/S and R/W checks
 * (CR0.WP for supervisor writes) and #PF with CR2 and the error code.
 */
final class Paging {
    private static final int TLB_SIZE = 256;

    private final I386 c;
    private final int[] tlbTag = new int[TLB_SIZE];
    private final int[] tlbPhys = new int[TLB_SIZE];
    /** Bit 0: user may access; bit 1: writable; bit 2: dirty already set. */
    private final int[] tlbBits = new int[TLB_SIZE];

    Paging(I386 c) {
        this.c = c;
        flush();
    }

    void flush() {
        java.util.Arrays.fill(tlbTag, -1);
    }

    void flushPage(int lin) {
        tlbTag[(lin >>> 12) & (TLB_SIZE - 1)] = -1;
    }

    /**
     * Linear to physical through the two-level page tables (4 KiB pages; 4 MiB pages when
     * CR4.PSE). Sets accessed and dirty bits; a failed walk sets CR2 and raises #PF.
     */
    int translate(int lin, boolean write, boolean user) {
        int vpn = lin >>> 12;
        int i = vpn & (TLB_SIZE - 1);
        if (tlbTag[i] == vpn) {
            int bits = tlbBits[i];
            boolean ok = (!user || (bits & 1) != 0)
                    && (!write || ((bits & 2) != 0 || (!user && (c.cr0 & 0x10000) == 0)) && (bits & 4) != 0);
            if (ok) {
                return tlbPhys[i] | (lin & 0xFFF);
            }
        }
        return walk(lin, write, user);
    }

    private int walk(int lin, boolean write, boolean user) {
        int pdeAddr = (c.cr3 & 0xFFFFF000) + ((lin >>> 22) << 2);
        int pde = c.pread32(pdeAddr);
        int err = (write ? 2 : 0) | (user ? 4 : 0);
        if ((pde & 1) == 0) {
            throw pageFault(lin, err);
        }
        boolean big = (pde & 0x80) != 0 && (c.cr4 & 0x10) != 0;
        int frame;
        int u;
        int w;
        if (big) {
            u = pde & 4;
            w = pde & 2;
            checkAccess(lin, write, user, u, w, err);
            int upd = pde | 0x20 | (write ? 0x40 : 0);
            if (upd != pde) {
                c.pwrite32(pdeAddr, upd);
            }
            frame = (pde & 0xFFC00000) | (lin & 0x3FF000);
        } else {
            int pteAddr = (pde & 0xFFFFF000) + (((lin >>> 12) & 0x3FF) << 2);
            int pte = c.pread32(pteAddr);
            if ((pte & 1) == 0) {
                throw pageFault(lin, err);
            }
            u = pde & pte & 4;
            w = pde & pte & 2;
            checkAccess(lin, write, user, u, w, err);
            if ((pde & 0x20) == 0) {
                c.pwrite32(pdeAddr, pde | 0x20);
            }
            int upd = pte | 0x20 | (write ? 0x40 : 0);
            if (upd != pte) {
                c.pwrite32(pteAddr, upd);
            }
            frame = pte & 0xFFFFF000;
            write = write || (pte & 0x40) != 0;
        }
        int i = (lin >>> 12) & (TLB_SIZE - 1);
        tlbTag[i] = lin >>> 12;
        tlbPhys[i] = frame;
        tlbBits[i] = (u != 0 ? 1 : 0) | (w != 0 ? 2 : 0) | (write ? 4 : 0);
        return frame | (lin & 0xFFF);
    }

    private void checkAccess(int lin, boolean write, boolean user, int u, int w, int err) {
        if (user && u == 0) {
            throw pageFault(lin, err | 1);
        }
        if (write && w == 0 && (user || (c.cr0 & 0x10000) != 0)) {
            throw pageFault(lin, err | 1);
        }
    }

    private CpuFault pageFault(int lin, int err) {
        c.cr2 = lin;
        return new CpuFault(Vectors.PF, err);
    }
}
