package dev.adhoc.waittimes.core.engine.port;

import dev.adhoc.waittimes.core.engine.IndexEntry;
import dev.adhoc.waittimes.core.engine.IndexWrite;
import dev.adhoc.waittimes.core.engine.Sample;
import dev.adhoc.waittimes.core.engine.WindowKey;

import java.util.Iterator;

/**
 * Out-port: per key, the counted samples of the orders still kept, ranked by completion (latest first). Windows are
 * read from it, so a sample pushed out of a full window comes back when a later one leaves.
 *
 * <p>Per place (key, order) the store keeps the entry of the highest version: writers that computed from an older
 * record lose, whatever the order in which their writes land. No transaction is needed.
 */
public interface SampleIndex {
    /**
     * Stores the entry at its place unless an entry of the same or a higher version is there, atomically per place.
     *
     * @param entry a sample or a tombstone
     * @return whether it was applied, and the sample it replaced
     */
    IndexWrite write(IndexEntry entry);

    /**
     * Reads a key's samples, latest first, tombstones left out, seeing every write completed before the call. Lazy:
     * a store may fetch {@code pageSize} at a time, and the caller stops when it has enough.
     *
     * @param key      the key
     * @param pageSize how many to fetch at a time (a hint)
     * @return the samples
     */
    Iterator<Sample> latestFirst(WindowKey key, int pageSize);
}
