package org.jpok.cpu;

/** Exception vectors and the rule for which of them escalate to a double fault. */
final class Vectors {
    static final int DE = 0, DB = 1, NMI = 2, BP = 3, OF = 4, BR = 5, UD = 6, NM = 7, DF = 8,
            TS = 10, NP = 11, SS = 12, GP = 13, PF = 14, MF = 16, AC = 17;

    private Vectors() {
    }

    /** Whether the CPU pushes an error code for this exception vector. */
    static boolean hasErrorCode(int vector) {
        return vector == DF || (vector >= TS && vector <= PF) || vector == AC;
    }

    static boolean contributory(int vector) {
        return vector == DE || (vector >= TS && vector <= GP);
    }

    /** SDM 6.15 table 6-5: the second fault during delivery of the first gives #DF. */
    static boolean makesDoubleFault(int first, int second) {
        if (contributory(first)) {
            return contributory(second);
        }
        if (first == PF) {
            return second == PF || contributory(second);
        }
        return false;
    }

    static CpuFault gp(int error) {
        return new CpuFault(GP, error);
    }

    static CpuFault ud() {
        return new CpuFault(UD, CpuFault.NO_ERROR);
    }
}
