package org.jpok.cpu.conformance;

/**
 * The state at the end of a case: the exception that ended it (vector 3 at the closing int3
 * for a normal end), the interrupted registers, and the data page bytes that changed.
 *
 * @param vector     exception vector, or one of the negative harness codes below
 * @param errorCode  the exception's error code (0 when it has none)
 * @param eip        EIP of the interrupted context (after the int3 for a normal end)
 * @param eflags     EFLAGS of the interrupted context
 * @param gpr        EAX … EDI of the interrupted context
 * @param diffOffset offsets in the data page whose byte differs from the initial fill
 * @param diffValue  the final bytes at those offsets
 * @param note       why a harness code was given, else empty
 */
public record Outcome(int vector, int errorCode, int eip, int eflags, int[] gpr,
                      int[] diffOffset, byte[] diffValue, String note) {

    /** The core ran out of its instruction budget. */
    public static final int HANG = -1;
    /** The core stopped in a way the ring-0 stubs do not explain (shutdown, stray halt, host call). */
    public static final int LOST = -2;
    /** The core threw a Java exception. */
    public static final int CRASH = -3;

    public static Outcome harnessFailure(int code, String note) {
        return new Outcome(code, 0, 0, 0, new int[8], new int[0], new byte[0], note);
    }

    public String describe() {
        if (vector < 0) {
            return (vector == HANG ? "HANG " : vector == LOST ? "LOST " : "CRASH ") + note;
        }
        StringBuilder sb = new StringBuilder(String.format("vec=%d err=%x eip=%08x efl=%08x", vector, errorCode, eip, eflags));
        String[] names = {"eax", "ecx", "edx", "ebx", "esp", "ebp", "esi", "edi"};
        for (int i = 0; i < 8; i++) {
            sb.append(String.format(" %s=%08x", names[i], gpr[i]));
        }
        sb.append(" mem{");
        for (int i = 0; i < diffOffset.length && i < 16; i++) {
            sb.append(String.format("%s%03x:%02x", i == 0 ? "" : " ", diffOffset[i], diffValue[i] & 0xFF));
        }
        return sb.append(diffOffset.length > 16 ? " …}" : "}").toString();
    }
}
