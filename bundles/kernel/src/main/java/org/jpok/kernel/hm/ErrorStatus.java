package org.jpok.kernel.hm;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.jpok.api.kernel.ErrorKind;

/**
 * A partition's last recorded error as ERROR_GET (304) returns it: kernel layout kind u8 @0,
 * failed_thread u32 @4, failed_addr u32 @8, msg char[250] @12, msg_size u32 @264.
 */
public record ErrorStatus(ErrorKind kind, int failedThread, int failedAddress, byte[] message) {

    /** Longest message kept, as POK's {@code POK_ERROR_MAX_MSG_SIZE}. */
    public static final int MAX_MESSAGE = 250;
    /** Bytes of the kernel's status structure. */
    public static final int STRUCT_SIZE = 268;

    public static final ErrorStatus NONE = new ErrorStatus(ErrorKind.INVALID, 0, 0, new byte[0]);

    public ErrorStatus {
        message = message.length > MAX_MESSAGE ? Arrays.copyOf(message, MAX_MESSAGE) : message.clone();
    }

    /** The structure in the guest's (little-endian, i386) layout. */
    public byte[] toBytes() {
        ByteBuffer b = ByteBuffer.allocate(STRUCT_SIZE).order(ByteOrder.LITTLE_ENDIAN);
        b.put(0, (byte) kind.code());
        b.putInt(4, failedThread);
        b.putInt(8, failedAddress);
        b.put(12, message);
        b.putInt(264, message.length);
        return b.array();
    }
}
