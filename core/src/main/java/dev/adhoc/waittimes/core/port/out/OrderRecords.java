package dev.adhoc.waittimes.core.port.out;

import dev.adhoc.waittimes.core.domain.OrderEvent;

import java.time.Instant;

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
}
