package org.jpok.cpu;

/**
 * Descriptor tables: reading GDT/LDT entries and loading segment registers with the protection
 * checks of the SDM (type, DPL against CPL and RPL, present bit). Errors carry the selector
 * with its RPL bits cleared.
 */
final class Segments {
    private Segments() {
    }

    /** A raw descriptor: low and high dwords, and what a segment load derives from them. */
    static final class Desc {
        int lo;
        int hi;
        int addr;
        /** Derived from lo and hi by {@link #derive()}, which every change of them is followed by. */
        int base, limit, access;
        long readLimit, writeLimit;
        /**
         * Bit {@code cpl * 4 + rpl} set: a load of DS, ES, FS or GS with that CPL and selector RPL passes every
         * check of {@link #load} (the SDM's type, privilege and present tests) and its accessed bit is set, so
         * the load is only the copy into the register's cache.
         */
        int dataLoadable;

        Desc(int addr, int lo, int hi) {
            this.addr = addr;
            this.lo = lo;
            this.hi = hi;
            derive();
        }

        /** Sets bits of the high dword (accessed, busy) and recomputes what depends on it. */
        void setHighBits(int bits) {
            hi |= bits;
            derive();
        }

        private void derive() {
            base = base();
            limit = limit();
            access = access();
            readLimit = I386.readLimit(access, limit);
            writeLimit = I386.writeLimit(access, limit);
            int mask = 0;
            boolean usable = isSegment() && (!isCode() || readableOrWritable()) && present() && (hi & 0x100) != 0;
            for (int cpl = 0; cpl < 4 && usable; cpl++) {
                for (int rpl = 0; rpl < 4; rpl++) {
                    if ((isCode() && conforming()) || dpl() >= Math.max(cpl, rpl)) {
                        mask |= 1 << (cpl * 4 + rpl);
                    }
                }
            }
            dataLoadable = mask;
        }

        int base() {
            return (lo >>> 16) | ((hi & 0xFF) << 16) | (hi & 0xFF000000);
        }

        int limit() {
            int l = (lo & 0xFFFF) | (hi & 0xF0000);
            return (hi & 0x800000) != 0 ? (l << 12) | 0xFFF : l;
        }

        /** Access byte (bits 0-7) and flags nibble (bits 8-11), as the descriptor caches keep it. */
        int access() {
            return ((hi >>> 8) & 0xFF) | (((hi >>> 20) & 0xF) << 8);
        }

        int dpl() {
            return (hi >>> 13) & 3;
        }

        boolean present() {
            return (hi & 0x8000) != 0;
        }

        /** Non-system (code or data) descriptor. */
        boolean isSegment() {
            return (hi & 0x1000) != 0;
        }

        boolean isCode() {
            return (hi & 0x1800) == 0x1800;
        }

        boolean conforming() {
            return (hi & 0x400) != 0;
        }

        boolean readableOrWritable() {
            return (hi & 0x200) != 0;
        }

        int type() {
            return (hi >>> 8) & 0xF;
        }
    }

    /**
     * Reads the descriptor for {@code selector} from the GDT or LDT. Throws
     * #GP(selector) (or the given vector) when it lies outside the table.
     */
    static Desc read(I386 c, int selector, int vector) {
        int index = selector & 0xFFF8;
        int base;
        int limit;
        if ((selector & 4) != 0) {
            if ((c.segAccess[I386.LDTR] & 0x80) == 0) {
                throw new CpuFault(vector, selector & 0xFFFC);
            }
            base = c.segBase[I386.LDTR];
            limit = c.segLimit[I386.LDTR];
        } else {
            base = c.gdtBase;
            limit = c.gdtLimit;
        }
        if ((index + 7 & 0xFFFFFFFFL) > (limit & 0xFFFFFFFFL)) {
            throw new CpuFault(vector, selector & 0xFFFC);
        }
        int addr = base + index;
        long raw = c.sread64(addr);
        int lo = (int) raw;
        int hi = (int) (raw >>> 32);
        // the same reads as always (faults and all), but an unchanged descriptor reuses its
        // object: gate entries and iret read the same few descriptors over and over. A slot is
        // replaced, never overwritten, so a Desc a caller still holds keeps its values.
        Desc[] cache = c.descCache;
        int slot = (addr >>> 3) & (cache.length - 1);
        Desc d = cache[slot];
        if (d != null && d.addr == addr && d.lo == lo && d.hi == hi) {
            return d;
        }
        d = new Desc(addr, lo, hi);
        cache[slot] = d;
        return d;
    }

    /** Fills a segment register's visible and hidden parts, and sets the descriptor's accessed bit. */
    static void install(I386 c, int s, int selector, Desc d) {
        if (d.isSegment() && (d.hi & 0x100) == 0) {
            d.setHighBits(0x100);
            c.swrite8(d.addr + 5, d.hi >>> 8);
        }
        c.sel[s] = selector & 0xFFFF;
        c.segBase[s] = d.base;
        c.segLimit[s] = d.limit;
        c.segAccess[s] = d.access;
        c.rdLim[s] = d.readLimit;
        c.wrLim[s] = d.writeLimit;
    }

    /** A null selector in DS/ES/FS/GS: loads fine, any access through it raises #GP(0). */
    static void installNull(I386 c, int s, int selector) {
        c.sel[s] = selector & 0xFFFF;
        c.segBase[s] = 0;
        c.segLimit[s] = 0;
        c.segAccess[s] = 0;
        c.refreshSegment(s);
    }

    /** mov/pop/lds… into DS, ES, FS, GS or SS. */
    static void load(I386 c, int s, int selector) {
        selector &= 0xFFFF;
        if (s == I386.SS) {
            loadSS(c, selector, c.cpl, Vectors.GP);
            return;
        }
        if ((selector & 0xFFFC) == 0) {
            installNull(c, s, selector);
            return;
        }
        Desc d = read(c, selector, Vectors.GP);
        if ((d.dataLoadable >>> (c.cpl * 4 + (selector & 3)) & 1) != 0) {
            install(c, s, selector, d); // every check below passes, and the accessed bit is set
            return;
        }
        int err = selector & 0xFFFC;
        if (!d.isSegment() || (d.isCode() && !d.readableOrWritable())) {
            throw new CpuFault(Vectors.GP, err);
        }
        if (!d.isCode() || !d.conforming()) {
            int rpl = selector & 3;
            if (d.dpl() < Math.max(c.cpl, rpl)) {
                throw new CpuFault(Vectors.GP, err);
            }
        }
        if (!d.present()) {
            throw new CpuFault(Vectors.NP, err);
        }
        install(c, s, selector, d);
    }

    /**
     * Loads SS for privilege level {@code cpl}. {@code vector} is #GP for instructions and
     * #TS when the selector comes from the TSS during a stack switch.
     */
    static void loadSS(I386 c, int selector, int cpl, int vector) {
        Desc d = checkSS(c, selector, cpl, vector);
        install(c, I386.SS, selector, d);
    }

    static Desc checkSS(I386 c, int selector, int cpl, int vector) {
        int err = selector & 0xFFFC;
        if (err == 0) {
            throw new CpuFault(vector, 0);
        }
        if ((selector & 3) != cpl) {
            throw new CpuFault(vector, err);
        }
        Desc d = read(c, selector, vector);
        if (!d.isSegment() || d.isCode() || !d.readableOrWritable() || d.dpl() != cpl) {
            throw new CpuFault(vector, err);
        }
        if (!d.present()) {
            throw new CpuFault(vector == Vectors.TS ? Vectors.TS : Vectors.SS, err);
        }
        return d;
    }

    /** Loads CS and sets CPL; the caller has done the checks for its kind of transfer. */
    static void installCS(I386 c, int selector, Desc d, int newCpl) {
        selector = (selector & ~3) | newCpl;
        install(c, I386.CS, selector, d);
        if (c.cpl != newCpl) {
            c.cpl = newCpl;
            c.modeChanged();
        }
        c.epoch++;
    }

    /**
     * On a return to an outer level, DS/ES/FS/GS that the new CPL may not use are nulled (SDM
     * iret/ret pseudo-code).
     */
    static void nullInaccessible(I386 c) {
        nullIfInaccessible(c, I386.ES);
        nullIfInaccessible(c, I386.DS);
        nullIfInaccessible(c, I386.FS);
        nullIfInaccessible(c, I386.GS);
    }

    private static void nullIfInaccessible(I386 c, int s) {
        int acc = c.segAccess[s];
        boolean conformingCode = (acc & 0x1C) == 0x1C;
        int dpl = (acc >>> 5) & 3;
        if ((acc & 0x80) != 0 && !conformingCode && dpl < c.cpl) {
            installNull(c, s, 0);
        }
    }

    /**
     * Checks a code-segment selector for a direct far jmp/call (same privilege only: call gates
     * and task switches are not modelled and raise #GP).
     */
    static Desc checkFarTarget(I386 c, int selector) {
        int err = selector & 0xFFFC;
        if (err == 0) {
            throw new CpuFault(Vectors.GP, 0);
        }
        Desc d = read(c, selector, Vectors.GP);
        if (!d.isCode()) {
            throw new CpuFault(Vectors.GP, err);
        }
        if (d.conforming()) {
            if (d.dpl() > c.cpl) {
                throw new CpuFault(Vectors.GP, err);
            }
        } else if ((selector & 3) > c.cpl || d.dpl() != c.cpl) {
            throw new CpuFault(Vectors.GP, err);
        }
        if (!d.present()) {
            throw new CpuFault(Vectors.NP, err);
        }
        return d;
    }
}
