package org.jpok.cpu.conformance;

/**
 * One generated test: code run at {@link Layout#CODE} (an int3 follows it) from the given
 * registers, EFLAGS and data page.
 *
 * @param family          the instruction family, used for reporting and exclusions
 * @param code            instruction bytes, at most {@link Layout#MAX_CODE}
 * @param gpr             EAX … EDI
 * @param eflags          initial EFLAGS (status flags and DF only; the harness adds IF and bit 1)
 * @param memSeed         seed of the data page fill, see {@link Layout#fillDataPage}
 * @param pokeOffset      up to four dwords written over the fill (offset in the page, or -1)
 * @param pokeValue       the values of those dwords
 * @param undefinedFlags  EFLAGS bits the SDM leaves undefined after this code: never compared
 * @param ignoredGprs     bit i set: GPR i is undefined after this code (BSF/BSR of zero)
 * @param ldt             LDT entry 0 (selector 0x07), encoded as in oracle32.c: 0 = not used by
 *                        the case, {@link #EMPTY_LDT} = an empty entry, else bit 31 and the fields
 */
public record ConformanceCase(String family, byte[] code, int[] gpr, int eflags, int memSeed,
                              int[] pokeOffset, int[] pokeValue, int undefinedFlags, int ignoredGprs, int ldt) {

    /** The case loads LDT selectors and needs entry 0 to be empty. */
    public static final int EMPTY_LDT = 0x4000_0000;

    public String describe() {
        StringBuilder sb = new StringBuilder(family).append(" code=");
        for (byte b : code) {
            sb.append(String.format("%02x", b & 0xFF));
        }
        sb.append(String.format(" eax=%08x ecx=%08x edx=%08x ebx=%08x esp=%08x ebp=%08x esi=%08x edi=%08x efl=%08x seed=%08x",
                gpr[0], gpr[1], gpr[2], gpr[3], gpr[4], gpr[5], gpr[6], gpr[7], eflags, memSeed));
        for (int i = 0; i < pokeOffset.length; i++) {
            if (pokeOffset[i] >= 0) {
                sb.append(String.format(" [%03x]=%08x", pokeOffset[i], pokeValue[i]));
            }
        }
        if (ldt != 0) {
            sb.append(String.format(" ldt=%08x", ldt));
        }
        return sb.toString();
    }
}
