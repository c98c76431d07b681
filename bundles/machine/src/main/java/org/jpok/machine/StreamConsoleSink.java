package org.jpok.machine;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

import org.jpok.api.device.ConsoleSink;

/** Console bytes to an output stream (standard output or a file), buffered until a newline or a flush. */
final class StreamConsoleSink implements ConsoleSink, AutoCloseable {

    private final OutputStream out;
    private final boolean closeStream;
    private final byte[] buffer = new byte[4096];
    private int used;

    StreamConsoleSink(OutputStream out, boolean closeStream) {
        this.out = out;
        this.closeStream = closeStream;
    }

    @Override
    public synchronized void write(int b) {
        buffer[used++] = (byte) b;
        if (b == '\n' || used == buffer.length) {
            flush();
        }
    }

    @Override
    public synchronized void flush() {
        try {
            out.write(buffer, 0, used);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("console output failed", e);
        } finally {
            used = 0;
        }
    }

    @Override
    public synchronized void close() {
        flush();
        if (closeStream) {
            try {
                out.close();
            } catch (IOException e) {
                throw new UncheckedIOException("console output failed to close", e);
            }
        }
    }
}
