package dev.adhoc.waittimes.aws.dynamodb;

import dev.adhoc.waittimes.core.domain.ClosingReason;
import dev.adhoc.waittimes.core.domain.Drink;
import dev.adhoc.waittimes.core.domain.Occurrence;
import dev.adhoc.waittimes.core.domain.OrderClaimed;
import dev.adhoc.waittimes.core.domain.OrderClosed;
import dev.adhoc.waittimes.core.domain.OrderCompleted;
import dev.adhoc.waittimes.core.domain.OrderId;
import dev.adhoc.waittimes.core.domain.OrderSubmitted;
import dev.adhoc.waittimes.core.domain.TenantId;

import java.time.Instant;

/** Terse builders of order events for the tests. */
final class OrderEvents {
    static final Instant T0 = Instant.parse("2026-11-27T10:00:00Z");

    private OrderEvents() {
    }

    static OrderSubmitted submitted(String tenant, String order, String drink, long atSecond, String eventId) {
        return new OrderSubmitted(new TenantId(tenant), new OrderId(order), new Drink(drink),
                new Occurrence(T0.plusSeconds(atSecond), eventId));
    }

    static OrderClaimed claimed(String tenant, String order, long atSecond, String eventId) {
        return new OrderClaimed(new TenantId(tenant), new OrderId(order), new Occurrence(T0.plusSeconds(atSecond), eventId));
    }

    static OrderCompleted completed(String tenant, String order, long atSecond, String eventId) {
        return new OrderCompleted(new TenantId(tenant), new OrderId(order), new Occurrence(T0.plusSeconds(atSecond), eventId));
    }

    static OrderClosed closed(String tenant, String order, ClosingReason reason, long atSecond, String eventId) {
        return new OrderClosed(new TenantId(tenant), new OrderId(order), reason,
                new Occurrence(T0.plusSeconds(atSecond), eventId));
    }
}
