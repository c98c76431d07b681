package org.jpok.machine;

import java.io.ByteArrayOutputStream;

/** Hand-encoded i386 machine code, with the address of each byte known as it is written. */
final class Code {

    final int origin;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    Code(int origin) {
        this.origin = origin;
    }

    /** The address of the next byte. */
    int here() {
        return origin + bytes.size();
    }

    Code b(int... values) {
        for (int v : values) {
            bytes.write(v);
        }
        return this;
    }

    Code d(int value) {
        return b(value & 0xFF, value >>> 8 & 0xFF, value >>> 16 & 0xFF, value >>> 24);
    }

    Code w(int value) {
        return b(value & 0xFF, value >>> 8 & 0xFF);
    }

    /** mov al, imm8; out imm8, al */
    Code outImm(int port, int value) {
        return b(0xB0, value, 0xE6, port);
    }

    byte[] toBytes() {
        return bytes.toByteArray();
    }
}
