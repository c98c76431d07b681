package org.jpok.cpu;

/**
 * An architectural exception raised while an instruction runs. It unwinds to the run loop, which
 * delivers it through the IDT. No stack trace is captured, so raising one is cheap.
 */
final class CpuFault extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Marks a fault that pushes no error code. */
    static final int NO_ERROR = -1;

    final int vector;
    final int error;

    CpuFault(int vector, int error) {
        super(null, null, false, false);
        this.vector = vector;
        this.error = error;
    }

    boolean hasError() {
        return error != NO_ERROR;
    }

    @Override
    public String getMessage() {
        return "vector " + vector + (hasError() ? " error " + Integer.toHexString(error) : "");
    }
}
