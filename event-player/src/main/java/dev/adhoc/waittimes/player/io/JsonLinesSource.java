package dev.adhoc.waittimes.player.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * JSON lines: one event per line, blank lines skipped. Each line is handed over as it is; a line that is not JSON
 * is the parser's to reject, and the next line is read as usual. Lines longer than the size limit are kept only up
 * to the limit plus one byte.
 */
final class JsonLinesSource extends ChunkedSource {
    private final BoundedBytes line;
    private long lineNumber;
    private boolean ended;

    /**
     * @param in            the input
     * @param maxEventBytes the size limit of one event
     * @param first         the first byte of the first line that is not blank, already read (-1: the input is empty)
     * @param blankLines    how many lines were blank before it
     */
    JsonLinesSource(CountingInputStream in, int maxEventBytes, int first, long blankLines) {
        super(in);
        this.line = new BoundedBytes(maxEventBytes + 1);
        this.lineNumber = blankLines;
        if (first >= 0) {
            chunk[0] = (byte) first;
            chunkSize = 1;
        }
    }

    @Override
    public InputItem next() throws IOException {
        while (!ended) {
            line.reset();
            boolean complete = readLine();
            if (!complete && line.total() == 0) {
                ended = true;
                return null;
            }
            lineNumber++;
            if (!line.isBlank()) {
                return new InputItem.Event("line " + lineNumber, trimCarriageReturn(line.toByteArray()));
            }
        }
        return null;
    }

    /** @return whether a newline ended the line (false at the end of the input) */
    private boolean readLine() throws IOException {
        while (true) {
            if (chunkPos == chunkSize && !fill()) {
                return false;
            }
            for (int i = chunkPos; i < chunkSize; i++) {
                if (chunk[i] == '\n') {
                    line.write(chunk, chunkPos, i - chunkPos);
                    chunkPos = i + 1;
                    return true;
                }
            }
            line.write(chunk, chunkPos, chunkSize - chunkPos);
            chunkPos = chunkSize;
        }
    }

    private static byte[] trimCarriageReturn(byte[] bytes) {
        return bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? Arrays.copyOf(bytes, bytes.length - 1) : bytes;
    }
}
