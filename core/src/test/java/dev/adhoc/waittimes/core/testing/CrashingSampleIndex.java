package dev.adhoc.waittimes.core.testing;

import dev.adhoc.waittimes.core.engine.IndexEntry;
import dev.adhoc.waittimes.core.engine.IndexWrite;
import dev.adhoc.waittimes.core.engine.Sample;
import dev.adhoc.waittimes.core.engine.WindowKey;
import dev.adhoc.waittimes.core.engine.port.SampleIndex;

import java.util.Iterator;

/**
 * A sample index that can be told to crash before a coming write, to test a crash between the engine's writes; it
 * passes everything else to the index it wraps.
 */
public final class CrashingSampleIndex implements SampleIndex {
    /** What it throws when told to crash. */
    public static final class Crash extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Crash() {
            super("the sample index crashed before a write (on purpose)");
        }
    }

    private final SampleIndex index;
    private int writesBeforeCrash = -1;
    private int writes;

    public CrashingSampleIndex(SampleIndex index) {
        this.index = index;
    }

    /** Makes the write after the next {@code writesFirst} writes throw {@link Crash} (once). */
    public void crashAfter(int writesFirst) {
        writesBeforeCrash = writesFirst;
    }

    /** Cancels a crash not yet happened. */
    public void disarm() {
        writesBeforeCrash = -1;
    }

    /** Makes the next write throw {@link Crash} (once). */
    public void crashBeforeNextWrite() {
        crashAfter(0);
    }

    /** @return how many writes were attempted, crashed ones included */
    public int writes() {
        return writes;
    }

    @Override
    public IndexWrite write(IndexEntry entry) {
        writes++;
        if (writesBeforeCrash == 0) {
            writesBeforeCrash = -1;
            throw new Crash();
        }
        if (writesBeforeCrash > 0) {
            writesBeforeCrash--;
        }
        return index.write(entry);
    }

    @Override
    public Iterator<Sample> latestFirst(WindowKey key, int pageSize) {
        return index.latestFirst(key, pageSize);
    }
}
