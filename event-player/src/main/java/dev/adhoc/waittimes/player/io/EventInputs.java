package dev.adhoc.waittimes.player.io;

import dev.adhoc.waittimes.aws.contract.ContractJson;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Opens an input of events in either format the player reads, told apart by the first byte that is not
 * whitespace (after an optional UTF-8 byte order mark): {@code '['} starts a JSON array (an archive export),
 * anything else is JSON lines.
 */
public final class EventInputs {
    /** The largest event the bus accepts, as the contract's parser checks it; larger items are kept only up to this plus one byte. */
    public static final int DEFAULT_MAX_EVENT_BYTES = ContractJson.MAX_EVENT_BYTES;
    private static final int SNIFF = 4096;

    private EventInputs() {
    }

    /**
     * @param in            the input, read from its current position; closed with the source
     * @param maxEventBytes the size limit of one event
     * @return the source of its items
     * @throws IOException if the input cannot be read
     */
    public static EventSource open(InputStream in, int maxEventBytes) throws IOException {
        CountingInputStream counted = new CountingInputStream(new BufferedInputStream(in, 64 * 1024));
        // Reads byte by byte, so that a live stdin is not waited on past its first event.
        counted.mark(SNIFF);
        int first = counted.read();
        boolean byteOrderMark = false;
        if (first == 0xEF) {
            byteOrderMark = counted.read() == 0xBB && counted.read() == 0xBF;
            first = byteOrderMark ? counted.read() : first;
        }
        for (int i = 0; i < SNIFF - 4 && isWhitespace(first); i++) {
            first = counted.read();
        }
        counted.reset();
        if (byteOrderMark) {
            counted.skipNBytes(3);
        }
        return first == '['
                ? new JsonArraySource(counted, maxEventBytes)
                : new JsonLinesSource(counted, maxEventBytes);
    }

    private static boolean isWhitespace(int b) {
        return b == ' ' || b == '\t' || b == '\r' || b == '\n';
    }
}
