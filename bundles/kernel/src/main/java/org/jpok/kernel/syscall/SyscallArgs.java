package org.jpok.kernel.syscall;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** POK's 24-byte syscall argument block {@code {nargs, arg1..arg5}} (§1.2); values are raw u32 as ints. */
public record SyscallArgs(int nargs, int arg1, int arg2, int arg3, int arg4, int arg5) {

    /** Decodes the block from {@code ArgCheck.ARGS_BLOCK_SIZE} bytes read from the partition. */
    public static SyscallArgs decode(byte[] block) {
        if (block.length != ArgCheck.ARGS_BLOCK_SIZE) {
            throw new IllegalArgumentException("an argument block has 24 bytes, not " + block.length);
        }
        ByteBuffer b = ByteBuffer.wrap(block).order(ByteOrder.LITTLE_ENDIAN);
        return new SyscallArgs(b.getInt(0), b.getInt(4), b.getInt(8), b.getInt(12), b.getInt(16), b.getInt(20));
    }

    /** Argument {@code n} (1..5). */
    public int arg(int n) {
        return switch (n) {
            case 1 -> arg1;
            case 2 -> arg2;
            case 3 -> arg3;
            case 4 -> arg4;
            case 5 -> arg5;
            default -> throw new IllegalArgumentException("argument " + n + " does not exist");
        };
    }

    /** Argument {@code n} as an unsigned value. */
    public long unsigned(int n) {
        return Integer.toUnsignedLong(arg(n));
    }
}
