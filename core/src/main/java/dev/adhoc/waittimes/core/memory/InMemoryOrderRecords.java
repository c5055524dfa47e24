package dev.adhoc.waittimes.core.memory;

import dev.adhoc.waittimes.core.domain.OrderEvent;
import dev.adhoc.waittimes.core.domain.OrderId;
import dev.adhoc.waittimes.core.domain.OrderRecord;
import dev.adhoc.waittimes.core.domain.TenantId;
import dev.adhoc.waittimes.core.engine.port.OrderRecords;
import dev.adhoc.waittimes.core.engine.port.RecordChange;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The engine's order records kept in this process's memory: for tests, single-process runs and the event player.
 * Order records in a concurrent map. Merges are atomic per order ({@link ConcurrentHashMap#compute}). Memory stays
 * bounded: every {@value #PURGE_EVERY} merges, records whose expiry has passed on the clock are dropped, as
 * DynamoDB's TTL would drop them.
 *
 * <p>A purge visits only the records that may have expired, found through an index of expiries by the second
 * ({@link ExpiryIndex}), so its cost does not grow with the number of records held. The index holds one small
 * entry per change of a record's expiry second, dropped when that second has passed.
 */
public final class InMemoryOrderRecords implements OrderRecords {
    static final int PURGE_EVERY = 4096;

    private record Key(TenantId tenant, OrderId orderId) {
    }

    private final Map<Key, OrderRecord> records = new ConcurrentHashMap<>();
    private final ExpiryIndex<Key> expiries = new ExpiryIndex<>();
    private final AtomicLong merges = new AtomicLong();
    private final Clock clock;

    /** @param clock the clock that decides when a record has expired */
    public InMemoryOrderRecords(Clock clock) {
        this.clock = clock;
    }

    /** Records that expire on the UTC system clock. */
    public InMemoryOrderRecords() {
        this(Clock.systemUTC());
    }

    @Override
    public RecordChange merge(OrderEvent event, Instant expiresAt) {
        if (merges.incrementAndGet() % PURGE_EVERY == 0) {
            purgeExpired();
        }
        Key key = new Key(event.tenant(), event.orderId());
        OrderRecord[] before = new OrderRecord[1];
        OrderRecord after = records.compute(key, (k, stored) -> {
            OrderRecord current = stored != null ? stored : OrderRecord.empty(k.tenant(), k.orderId());
            before[0] = current;
            OrderRecord merged = current.merge(event, expiresAt);
            long second = secondOf(merged);
            if (stored == null || second != secondOf(current)) {
                expiries.add(k, second); // under the record's lock: a purge cannot miss a stored record
            }
            return merged;
        });
        return new RecordChange(before[0], after);
    }

    /** @return the stored record of an order, if there is one */
    @Override
    public Optional<OrderRecord> find(TenantId tenant, OrderId orderId) {
        return Optional.ofNullable(records.get(new Key(tenant, orderId)));
    }

    /** @return how many records are held */
    public int size() {
        return records.size();
    }

    /** Drops every record whose expiry is before the clock's now. */
    public void purgeExpired() {
        Instant now = clock.instant();
        long nowSecond = now.getEpochSecond();
        for (Key key : expiries.takeUpTo(nowSecond)) {
            records.computeIfPresent(key, (k, r) -> {
                if (r.expiresAt().map(now::isAfter).orElse(true)) {
                    return null;
                }
                long second = secondOf(r);
                if (second <= nowSecond) {
                    expiries.add(k, second); // expires later within this second: the next purge looks again
                }
                return r;
            });
        }
    }

    private static long secondOf(OrderRecord r) {
        return ExpiryIndex.secondOf(r.expiresAt().orElse(null));
    }
}
