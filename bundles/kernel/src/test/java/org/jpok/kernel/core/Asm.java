package org.jpok.kernel.core;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Just enough of an i386 assembler for ring-3 test partitions: the instructions the kernel tests need, labels
 * for 32-bit jumps, and {@link #elf} to wrap the code in an ET_EXEC image loaded at address 0.
 */
final class Asm {
    /** Where the code starts in the image (the ELF header and one program header come first). */
    static final int ORIGIN = 0x100;
    static final int EAX = 0, ECX = 1, EDX = 2, EBX = 3, ESP = 4, EBP = 5, ESI = 6, EDI = 7;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Map<String, Integer> labels = new HashMap<>();
    private final List<int[]> fixups = new ArrayList<>();
    private final List<String> fixupLabels = new ArrayList<>();

    int here() {
        return ORIGIN + out.size();
    }

    Asm b(int... bytes) {
        for (int x : bytes) {
            out.write(x);
        }
        return this;
    }

    Asm d(int v) {
        return b(v, v >>> 8, v >>> 16, v >>> 24);
    }

    Asm label(String name) {
        labels.put(name, here());
        return this;
    }

    Asm movImm(int reg, int v) {
        return b(0xB8 + reg).d(v);
    }

    /** mov [addr], eax */
    Asm storeEax(int addr) {
        return b(0xA3).d(addr);
    }

    /** mov [addr], reg */
    Asm store(int reg, int addr) {
        return b(0x89, (reg << 3) | 5).d(addr);
    }

    /** int 42 with EAX = id and EBX = the argument block. */
    Asm syscall(int id, int block) {
        return movImm(EBX, block).movImm(EAX, id).b(0xCD, 42);
    }

    Asm jmp(String label) {
        b(0xE9);
        return rel32(label);
    }

    Asm jne(String label) {
        b(0x0F, 0x85);
        return rel32(label);
    }

    Asm cmpImm(int reg, int v) {
        return b(0x81, 0xF8 | reg).d(v);
    }

    /** A loop of {@code n} iterations on ECX. */
    Asm spin(int n) {
        movImm(ECX, n);
        return b(0x49, 0x75, 0xFD); // dec ecx; jnz .-1
    }

    Asm hang() {
        return b(0xEB, 0xFE);
    }

    private Asm rel32(String label) {
        fixups.add(new int[] {out.size(), here() + 4});
        fixupLabels.add(label);
        return d(0);
    }

    /** The code followed by zeros up to {@code dataAt}, then {@code data}. */
    byte[] elf(int dataAt, byte[] data) {
        byte[] code = out.toByteArray();
        for (int i = 0; i < fixups.size(); i++) {
            Integer target = labels.get(fixupLabels.get(i));
            if (target == null) {
                throw new IllegalStateException("no label " + fixupLabels.get(i));
            }
            int rel = target - fixups.get(i)[1];
            ByteBuffer.wrap(code).order(ByteOrder.LITTLE_ENDIAN).putInt(fixups.get(i)[0], rel);
        }
        int end = Math.max(ORIGIN + code.length, dataAt + data.length);
        if (ORIGIN + code.length > dataAt) {
            throw new IllegalStateException("code runs into the data");
        }
        ByteBuffer f = ByteBuffer.allocate(end).order(ByteOrder.LITTLE_ENDIAN);
        f.put(new byte[] {0x7F, 'E', 'L', 'F', 1, 1, 1});
        f.putShort(16, (short) 2).putShort(18, (short) 3).putInt(20, 1).putInt(24, ORIGIN).putInt(28, 52)
                .putShort(40, (short) 52).putShort(42, (short) 32).putShort(44, (short) 1);
        f.putInt(52, 1).putInt(56, 0).putInt(60, 0).putInt(64, 0).putInt(68, end).putInt(72, end).putInt(76, 7)
                .putInt(80, 0x1000);
        f.position(ORIGIN);
        f.put(code);
        f.position(dataAt);
        f.put(data);
        return f.array();
    }

    /** Little-endian words. */
    static byte[] words(int... w) {
        ByteBuffer b = ByteBuffer.allocate(w.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (int x : w) {
            b.putInt(x);
        }
        return b.array();
    }
}
