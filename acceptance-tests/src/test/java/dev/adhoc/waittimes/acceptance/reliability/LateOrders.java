package dev.adhoc.waittimes.acceptance.reliability;

import dev.adhoc.waittimes.acceptance.dsl.BusEvent;
import dev.adhoc.waittimes.core.engine.WindowKey;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * One more order per key, completed after everything else: each changes its key's window, so its update carries
 * the whole stored window. This is how a screen catches up after an update was lost (docs/adr/0002).
 */
final class LateOrders {
    private static final Instant LATE = Instant.parse("2026-11-27T23:00:00Z");

    private LateOrders() {
    }

    /** @return a submission and, 90 s later, its completion, for each key */
    static List<BusEvent> forEach(Collection<WindowKey> keys) {
        List<BusEvent> events = new ArrayList<>();
        int i = 0;
        for (WindowKey key : keys) {
            String order = "late-" + i;
            Instant at = LATE.plusSeconds(10L * i);
            events.add(new BusEvent(BusEvent.Kind.SUBMITTED, order + "-s", key.tenant().value(), order,
                    key.drink().name(), at.toString()));
            events.add(new BusEvent(BusEvent.Kind.COMPLETED_LEGACY, order + "-c", key.tenant().value(), order, null,
                    at.plusSeconds(90).toString()));
            i++;
        }
        return events;
    }
}
