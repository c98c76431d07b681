package org.jpok.cpu.conformance;

import java.util.ArrayList;
import java.util.List;

/** Compares an emulated outcome with the host CPU's, under the case's masks. */
final class Comparison {
    /** EFLAGS bits 0-21 except RF, which the host sets in the frame of a fault and the SDM leaves to the handler. */
    static final int COMPARED_EFLAGS = 0x003F_FFFF & ~0x0001_0000;

    private static final String[] GPR = {"eax", "ecx", "edx", "ebx", "esp", "ebp", "esi", "edi"};

    private Comparison() {
    }

    /** Returns the differences, empty when the outcomes agree. */
    static List<String> differences(ConformanceCase c, Outcome expected, Outcome actual) {
        List<String> d = new ArrayList<>();
        if (actual.vector() < 0 || expected.vector() < 0) {
            d.add("expected " + expected.describe() + " but " + actual.describe());
            return d;
        }
        if (expected.vector() != actual.vector() || expected.errorCode() != actual.errorCode()) {
            d.add(String.format("exception %d(%x) != %d(%x)", actual.vector(), actual.errorCode(), expected.vector(), expected.errorCode()));
        }
        if (expected.eip() != actual.eip()) {
            d.add(String.format("eip %08x != %08x", actual.eip(), expected.eip()));
        }
        for (int i = 0; i < 8; i++) {
            if ((c.ignoredGprs() >>> i & 1) == 0 && expected.gpr()[i] != actual.gpr()[i]) {
                d.add(String.format("%s %08x != %08x", GPR[i], actual.gpr()[i], expected.gpr()[i]));
            }
        }
        int mask = COMPARED_EFLAGS & ~c.undefinedFlags();
        if (((expected.eflags() ^ actual.eflags()) & mask) != 0) {
            d.add(String.format("eflags %08x != %08x (differ %08x, compared %08x)", actual.eflags(), expected.eflags(),
                    (expected.eflags() ^ actual.eflags()) & mask, mask));
        }
        if (!sameMemory(expected, actual)) {
            d.add("memory " + memory(actual) + " != " + memory(expected));
        }
        return d;
    }

    private static boolean sameMemory(Outcome a, Outcome b) {
        return java.util.Arrays.equals(a.diffOffset(), b.diffOffset()) && java.util.Arrays.equals(a.diffValue(), b.diffValue());
    }

    private static String memory(Outcome o) {
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < o.diffOffset().length && i < 12; i++) {
            sb.append(String.format("%s%03x:%02x", i == 0 ? "" : " ", o.diffOffset()[i], o.diffValue()[i] & 0xFF));
        }
        return sb.append(o.diffOffset().length > 12 ? " …}" : "}").toString();
    }
}
