package dev.adhoc.waittimes.core.testing;

import dev.adhoc.waittimes.core.domain.OrderEvent;
import dev.adhoc.waittimes.core.domain.OrderId;
import dev.adhoc.waittimes.core.domain.OrderRecord;
import dev.adhoc.waittimes.core.domain.TenantId;
import dev.adhoc.waittimes.core.engine.port.OrderRecords;
import dev.adhoc.waittimes.core.engine.port.RecordChange;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A single-threaded fake of {@link OrderRecords}: one map, records never expire. */
public final class InMemoryOrderRecords implements OrderRecords {
    private record Id(TenantId tenant, OrderId orderId) {
    }

    private final Map<Id, OrderRecord> records = new HashMap<>();

    @Override
    public RecordChange merge(OrderEvent event, Instant expiresAt) {
        Id id = new Id(event.tenant(), event.orderId());
        OrderRecord before = records.getOrDefault(id, OrderRecord.empty(event.tenant(), event.orderId()));
        OrderRecord after = before.merge(event, expiresAt); // throws before storing anything if the kind is full
        records.put(id, after);
        return new RecordChange(before, after);
    }

    @Override
    public Optional<OrderRecord> find(TenantId tenant, OrderId orderId) {
        return Optional.ofNullable(records.get(new Id(tenant, orderId)));
    }
}
