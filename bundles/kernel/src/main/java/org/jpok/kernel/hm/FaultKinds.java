package org.jpok.kernel.hm;

import org.jpok.api.kernel.ErrorKind;

/** Which POK error kind a CPU exception raised in a partition becomes (POK's x86 exception handlers, §3.2). */
public final class FaultKinds {

    private FaultKinds() {
    }

    /** The error kind for exception {@code vector} (0..31), or null for a vector that is not an exception. */
    public static ErrorKind ofVector(int vector) {
        switch (vector) {
            case 0: // #DE divide error
                return ErrorKind.NUMERIC_ERROR;
            case 1: // #DB
            case 2: // NMI
            case 3: // #BP
            case 6: // #UD
            case 7: // #NM device not available
            case 13: // #GP (also cli/sti/hlt/in/out at CPL 3)
                return ErrorKind.ILLEGAL_REQUEST;
            case 4: // #OF
            case 5: // #BR
                return ErrorKind.STACK_OVERFLOW;
            case 9: // coprocessor segment overrun
            case 10: // #TS
            case 11: // #NP
            case 12: // #SS
            case 14: // #PF
                return ErrorKind.MEMORY_VIOLATION;
            case 16: // #MF x87 error
            case 17: // #AC
            case 18: // #MC
            case 19: // #XM SIMD
                return ErrorKind.HARDWARE_FAULT;
            case 8: // #DF: POK raises a partition error 33
                return ErrorKind.PARTITION_HANDLER;
            default:
                return vector >= 20 && vector < 32 ? ErrorKind.HARDWARE_FAULT : null;
        }
    }
}
