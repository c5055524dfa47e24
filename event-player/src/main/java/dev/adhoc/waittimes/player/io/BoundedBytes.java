package dev.adhoc.waittimes.player.io;

import java.io.OutputStream;
import java.util.Arrays;

/**
 * Collects bytes up to a limit and only counts the rest, so that one huge input item cannot exhaust memory.
 * Reusable: {@link #reset()} between items.
 */
final class BoundedBytes extends OutputStream {
    private final int keep;
    private byte[] buffer = new byte[1024];
    private int size;
    private long total;

    /** @param keep the most bytes kept */
    BoundedBytes(int keep) {
        this.keep = keep;
    }

    @Override
    public void write(int b) {
        total++;
        if (size < keep) {
            ensure(size + 1);
            buffer[size++] = (byte) b;
        }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
        total += length;
        int n = Math.min(length, keep - size);
        if (n > 0) {
            ensure(size + n);
            System.arraycopy(bytes, offset, buffer, size, n);
            size += n;
        }
    }

    private void ensure(int capacity) {
        if (capacity > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.min(keep, Math.max(capacity, buffer.length * 2)));
        }
    }

    /** @return the bytes kept */
    byte[] toByteArray() {
        return Arrays.copyOf(buffer, size);
    }

    /** @return how many bytes were written, kept or not */
    long total() {
        return total;
    }

    /** @return whether more bytes were written than kept */
    boolean truncated() {
        return total > size;
    }

    /** @return whether nothing but JSON whitespace was written */
    boolean isBlank() {
        if (truncated()) {
            return false;
        }
        for (int i = 0; i < size; i++) {
            byte b = buffer[i];
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return false;
            }
        }
        return true;
    }

    void reset() {
        size = 0;
        total = 0;
        if (buffer.length > 64 * 1024) {
            buffer = new byte[1024]; // give back the memory of an unusually large item
        }
    }
}
