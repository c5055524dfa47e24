package dev.adhoc.waittimes.core.engine;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A key's samples read once from the store and remembered, so that a window and its "before" are selected from
 * one read: every {@link #iterator()} replays what was read and reads on only past it.
 */
final class Remembered implements Iterable<Sample> {
    private final Iterator<Sample> source;
    private final List<Sample> read;

    /** @param expected how many samples the reader expects to read (a hint) */
    Remembered(Iterator<Sample> source, int expected) {
        this.source = source;
        this.read = new ArrayList<>(expected);
    }

    @Override
    public Iterator<Sample> iterator() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < read.size() || source.hasNext();
            }

            @Override
            public Sample next() {
                if (next == read.size()) {
                    if (!source.hasNext()) {
                        throw new NoSuchElementException();
                    }
                    read.add(source.next());
                }
                return read.get(next++);
            }
        };
    }
}
