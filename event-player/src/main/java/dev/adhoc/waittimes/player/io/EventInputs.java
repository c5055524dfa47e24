package dev.adhoc.waittimes.player.io;

import dev.adhoc.waittimes.aws.contract.ContractJson;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Opens an input of events in either format the player reads, told apart by the first byte that is not
 * whitespace (after an optional UTF-8 byte order mark), however much whitespace comes first: {@code '['} starts a
 * JSON array (an archive export), anything else is JSON lines. Both are read through a bounded buffer: no event
 * is ever held beyond the size limit plus one byte.
 */
public final class EventInputs {
    /** The largest event the bus accepts, as the contract's parser checks it; larger items are kept only up to this plus one byte. */
    public static final int DEFAULT_MAX_EVENT_BYTES = ContractJson.MAX_EVENT_BYTES;

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
        counted.mark(3);
        if (!(counted.read() == 0xEF && counted.read() == 0xBB && counted.read() == 0xBF)) {
            counted.reset();
        }
        long newlines = 0;
        int first = counted.read();
        while (first == ' ' || first == '\t' || first == '\r' || first == '\n') {
            newlines += first == '\n' ? 1 : 0;
            first = counted.read();
        }
        return first == '['
                ? new JsonArraySource(counted, maxEventBytes)
                : new JsonLinesSource(counted, maxEventBytes, first, newlines);
    }
}
