package dev.adhoc.waittimes.aws.lambda;

import dev.adhoc.waittimes.core.domain.OrderEvent;
import dev.adhoc.waittimes.core.domain.OrderId;
import dev.adhoc.waittimes.core.domain.OrderRecord;
import dev.adhoc.waittimes.core.domain.TenantId;
import dev.adhoc.waittimes.core.engine.IndexEntry;
import dev.adhoc.waittimes.core.engine.IndexWrite;
import dev.adhoc.waittimes.core.engine.Sample;
import dev.adhoc.waittimes.core.engine.WindowKey;
import dev.adhoc.waittimes.core.engine.port.OrderRecords;
import dev.adhoc.waittimes.core.engine.port.RecordChange;
import dev.adhoc.waittimes.core.engine.port.SampleIndex;

import java.time.Instant;
import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;

/**
 * Counts stale index writes ({@link InvocationMetrics#staleIndexWrite()}) by decorating the two stores: a sample
 * index refuses a write when the order's place already holds the same or a newer version. After a merge that changed
 * the order's record, that means another invocation wrote the order concurrently (the version is this one's, or
 * newer) — contention on an order. After a merge that changed nothing (a redelivery) the refusal is expected (the
 * same version was written before) and is not counted. The engine always merges before it writes the index, on the
 * invocation's thread.
 */
final class StaleIndexWrites {
    private final InvocationMetrics metrics;
    private volatile boolean recordChanged;

    StaleIndexWrites(InvocationMetrics metrics) {
        this.metrics = Objects.requireNonNull(metrics, "metrics");
    }

    /** @return the records, noting whether each merge changed its record */
    OrderRecords watching(OrderRecords orders) {
        Objects.requireNonNull(orders, "orders");
        return new OrderRecords() {
            @Override
            public RecordChange merge(OrderEvent event, Instant expiresAt) {
                recordChanged = false;
                RecordChange change = orders.merge(event, expiresAt);
                recordChanged = change.changed();
                return change;
            }

            @Override
            public Optional<OrderRecord> find(TenantId tenant, OrderId orderId) {
                return orders.find(tenant, orderId);
            }
        };
    }

    /** @return the index, counting its refused writes after a merge that changed the record */
    SampleIndex counting(SampleIndex index) {
        Objects.requireNonNull(index, "index");
        return new SampleIndex() {
            @Override
            public IndexWrite write(IndexEntry entry) {
                IndexWrite write = index.write(entry);
                if (!write.applied() && recordChanged) {
                    metrics.staleIndexWrite();
                }
                return write;
            }

            @Override
            public Iterator<Sample> latestFirst(WindowKey key, int pageSize) {
                return index.latestFirst(key, pageSize);
            }
        };
    }
}
