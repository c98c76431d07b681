package org.jpok.cpu.x87;

/**
 * The control word that an operation obeys and the status bits it raises. Flag constants use the
 * status word's bit positions; {@link #C1} during an operation means "the result was rounded up".
 */
public final class X87Env {
    public static final int IE = 0x1, DE = 0x2, ZE = 0x4, OE = 0x8, UE = 0x10, PE = 0x20;
    public static final int SF = 0x40, ES = 0x80, C0 = 0x100, C1 = 0x200, C2 = 0x400, C3 = 0x4000, B = 0x8000;
    public static final int EXCEPTIONS = 0x3F;
    /** Exceptions detected before a result exists: unmasked, they leave the destination alone. */
    public static final int PRE_COMPUTATION = IE | DE | ZE;

    /** The control word. */
    public int cw = 0x037F;
    /** Bits raised by the operation in progress. */
    public int raised;
    /**
     * Set while an arithmetic instruction's memory operand was an m32/m64 denormal (it is normal
     * once widened); the operation raises DE for it only if it gets past the invalid checks.
     */
    boolean memoryDenormal;

    public int rc() {
        return (cw >> 10) & 3;
    }

    /** Significand bits that precision control asks for. */
    public int precision() {
        return switch ((cw >> 8) & 3) {
            case 0 -> 24;
            case 2 -> 53;
            default -> 64;
        };
    }

    public boolean masked(int flag) {
        return (cw & flag) != 0;
    }

    public void raise(int flags) {
        raised |= flags;
    }

    /** Whether an exception raised so far is unmasked and must stop the destination being written. */
    public boolean blocked() {
        return (raised & ~cw & PRE_COMPUTATION) != 0;
    }

    /** Raises DE and says whether it is unmasked, which stops the operation. */
    boolean denormalTraps() {
        raised |= DE;
        return !masked(DE);
    }
}
