package dev.adhoc.waittimes.inmemory;

import dev.adhoc.waittimes.core.domain.OrderId;
import dev.adhoc.waittimes.core.engine.IndexEntry;
import dev.adhoc.waittimes.core.engine.IndexWrite;
import dev.adhoc.waittimes.core.engine.Sample;
import dev.adhoc.waittimes.core.engine.WindowKey;
import dev.adhoc.waittimes.core.port.out.SampleIndex;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * The sample index in memory: per key a concurrent sorted map of places (latest completion first), each written
 * atomically, the higher version winning. Entries past their expiry are never read, and are dropped every
 * {@value #PURGE_EVERY} writes through an index of expiries, so memory follows the orders kept, not history.
 */
public final class InMemorySampleIndex implements SampleIndex {
    static final int PURGE_EVERY = 4096;

    private record Place(WindowKey key, Instant at, OrderId orderId) {
    }

    private static final Comparator<Place> LATEST_FIRST = Comparator.comparing(Place::at).reversed()
            .thenComparing(Place::orderId, Comparator.reverseOrder());

    private final Map<WindowKey, ConcurrentSkipListMap<Place, IndexEntry>> keys = new ConcurrentHashMap<>();
    private final ExpiryIndex<Place> expiries = new ExpiryIndex<>();
    private final AtomicLong writes = new AtomicLong();
    private final Clock clock;

    /** @param clock the clock that decides when an entry has expired */
    public InMemorySampleIndex(Clock clock) {
        this.clock = clock;
    }

    /** An index whose entries expire on the UTC system clock. */
    public InMemorySampleIndex() {
        this(Clock.systemUTC());
    }

    @Override
    public IndexWrite write(IndexEntry entry) {
        if (writes.incrementAndGet() % PURGE_EVERY == 0) {
            purgeExpired();
        }
        Place place = new Place(entry.key(), entry.at(), entry.orderId());
        IndexWrite[] result = {IndexWrite.REFUSED};
        keys.computeIfAbsent(entry.key(), k -> new ConcurrentSkipListMap<>(LATEST_FIRST)).compute(place, (p, stored) -> {
            if (stored != null && stored.version() >= entry.version()) {
                return stored;
            }
            expiries.add(p, ExpiryIndex.secondOf(entry.expiresAt()));
            result[0] = IndexWrite.replacing(stored == null || stored.isTombstone() ? Optional.empty()
                    : Optional.of(stored.sample()));
            return entry;
        });
        return result[0];
    }

    @Override
    public Iterator<Sample> latestFirst(WindowKey key, int pageSize) {
        ConcurrentSkipListMap<Place, IndexEntry> places = keys.get(key);
        if (places == null) {
            return List.<Sample>of().iterator();
        }
        Instant now = clock.instant();
        return places.values().stream().filter(e -> !e.isTombstone() && !now.isAfter(e.expiresAt()))
                .map(IndexEntry::sample).iterator();
    }

    /** @return how many entries (samples and tombstones) are held */
    public int size() {
        return keys.values().stream().mapToInt(Map::size).sum();
    }

    /** @return a snapshot of every key's entries, latest first */
    public Map<WindowKey, List<IndexEntry>> all() {
        return keys.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> List.copyOf(e.getValue().values())));
    }

    /** Drops every entry whose expiry is before the clock's now. */
    public void purgeExpired() {
        Instant now = clock.instant();
        for (Place place : expiries.takeUpTo(now.getEpochSecond())) {
            ConcurrentSkipListMap<Place, IndexEntry> places = keys.get(place.key());
            if (places != null) {
                places.computeIfPresent(place, (p, e) -> {
                    if (now.isAfter(e.expiresAt())) {
                        return null;
                    }
                    if (e.expiresAt().getEpochSecond() <= now.getEpochSecond()) {
                        expiries.add(p, e.expiresAt().getEpochSecond()); // later within this second: look again
                    }
                    return e;
                });
            }
        }
    }
}
