package dev.adhoc.waittimes.player.io;

import java.io.Closeable;
import java.io.IOException;

/** Reads the items of an input one at a time, in input order, holding at most one event in memory. */
public interface EventSource extends Closeable {
    /**
     * @return the next item, or {@code null} at the end of the input
     * @throws IOException if the input cannot be read (not if it holds bad JSON: that is an {@link InputItem})
     */
    InputItem next() throws IOException;

    /** @return how many bytes of the input were consumed so far */
    long bytesRead();
}
