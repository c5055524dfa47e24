package dev.adhoc.waittimes.core.testing;

import dev.adhoc.waittimes.core.domain.OrderId;
import dev.adhoc.waittimes.core.engine.IndexEntry;
import dev.adhoc.waittimes.core.engine.IndexWrite;
import dev.adhoc.waittimes.core.engine.Sample;
import dev.adhoc.waittimes.core.engine.WindowKey;
import dev.adhoc.waittimes.core.port.out.SampleIndex;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A single-threaded fake of {@link SampleIndex}: per key, entries ranked latest first, the highest version kept per
 * place. It can be told to crash before a coming write, to test a crash between the engine's writes.
 */
public final class InMemorySampleIndex implements SampleIndex {
    /** What the fake throws when told to crash. */
    public static final class Crash extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Crash() {
            super("the sample index crashed before a write (on purpose)");
        }
    }

    private record Place(Instant at, OrderId orderId) {
        static final Comparator<Place> LATEST_FIRST = Comparator.comparing(Place::at).reversed()
                .thenComparing(Place::orderId, Comparator.reverseOrder());
    }

    private final Map<WindowKey, TreeMap<Place, IndexEntry>> keys = new HashMap<>();
    private int writesBeforeCrash = -1;
    private int writes;

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
        Map<Place, IndexEntry> places = keys.computeIfAbsent(entry.key(), k -> new TreeMap<>(Place.LATEST_FIRST));
        Place place = new Place(entry.at(), entry.orderId());
        IndexEntry old = places.get(place);
        if (old != null && old.version() >= entry.version()) {
            return IndexWrite.REFUSED;
        }
        places.put(place, entry);
        return IndexWrite.replacing(old == null || old.isTombstone() ? Optional.empty() : Optional.of(old.sample()));
    }

    @Override
    public Iterator<Sample> latestFirst(WindowKey key, int pageSize) {
        return entries(key).stream().filter(e -> !e.isTombstone()).map(IndexEntry::sample).iterator();
    }

    /** @return every entry of a key, tombstones included, latest first */
    public List<IndexEntry> entries(WindowKey key) {
        return List.copyOf(keys.getOrDefault(key, new TreeMap<>()).values());
    }
}
