package dev.adhoc.waittimes.core.engine.port;

import dev.adhoc.waittimes.core.domain.OrderEvent;
import dev.adhoc.waittimes.core.domain.OrderId;
import dev.adhoc.waittimes.core.domain.OrderRecord;
import dev.adhoc.waittimes.core.domain.TenantId;

import java.time.Instant;
import java.util.Optional;

/** Out-port: storage of one record per open order ({@link dev.adhoc.waittimes.core.domain.OrderRecord}). */
public interface OrderRecords {
    /**
     * Merges the event's fact into its order's record, atomically with respect to other merges of the same order,
     * as {@link dev.adhoc.waittimes.core.domain.OrderRecord#merge} defines. Records may be forgotten after their
     * expiry.
     *
     * @param event     the event
     * @param expiresAt the record's expiry if the event changes it
     * @return the record before and after
     */
    RecordChange merge(OrderEvent event, Instant expiresAt);

    /**
     * Reads an order's record as stored now, seeing every merge that completed before the call (a consistent read).
     * The engine itself never reads it (a merge returns the record); it serves tests and tools.
     *
     * @param tenant  the tenant
     * @param orderId the order
     * @return the record, empty if none is stored (or it expired)
     */
    Optional<OrderRecord> find(TenantId tenant, OrderId orderId);
}
