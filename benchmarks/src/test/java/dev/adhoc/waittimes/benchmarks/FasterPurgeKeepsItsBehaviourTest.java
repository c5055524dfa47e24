package dev.adhoc.waittimes.benchmarks;

import dev.adhoc.waittimes.core.domain.ClosingReason;
import dev.adhoc.waittimes.core.domain.Drink;
import dev.adhoc.waittimes.core.domain.Occurrence;
import dev.adhoc.waittimes.core.domain.OrderClosed;
import dev.adhoc.waittimes.core.domain.OrderCompleted;
import dev.adhoc.waittimes.core.domain.OrderEvent;
import dev.adhoc.waittimes.core.domain.OrderId;
import dev.adhoc.waittimes.core.domain.OrderRecord;
import dev.adhoc.waittimes.core.domain.OrderSubmitted;
import dev.adhoc.waittimes.core.domain.TenantId;
import dev.adhoc.waittimes.core.memory.InMemoryOrderRecords;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The in-memory order records now purge through an index of expiries instead of visiting every record (see
 * docs/benchmarks.md). This drives them and a model of the first version (a map, and a purge that drops every
 * record whose expiry is before now or unknown, also on every 4096th merge) with the same random merges, clock
 * moves and purges, and requires the same records at every step.
 */
class FasterPurgeKeepsItsBehaviourTest {
    private static final TenantId NYC = new TenantId("NYC");
    private static final Instant NOON = Instant.parse("2026-11-27T12:00:00Z");

    @Test
    void holds_exactly_the_records_the_first_version_held() {
        SplittableRandom random = new SplittableRandom(3);
        SettableClock clock = new SettableClock(NOON);
        InMemoryOrderRecords records = new InMemoryOrderRecords(clock);
        Map<OrderId, OrderRecord> model = new HashMap<>();
        long merges = 0;

        for (int step = 0; step < 30_000; step++) {
            int action = random.nextInt(100);
            if (action < 3) {
                // the clock moves, mostly forward and by less than a second, sometimes back
                clock.set(clock.instant().plusMillis(random.nextInt(-300, 1500)));
            } else if (action < 5) {
                records.purgeExpired();
                purge(model, clock.instant());
            } else {
                OrderEvent event = randomEvent(random);
                // expiries close to the clock, often within its second; now and then none
                Instant expiresAt = random.nextInt(200) == 0 ? null
                        : clock.instant().plusMillis(random.nextInt(-2000, 3000));
                if (++merges % 4096 == 0) {
                    purge(model, clock.instant());
                }
                OrderRecord stored = model.getOrDefault(event.orderId(), OrderRecord.empty(NYC, event.orderId()));
                OrderRecord merged = expiresAt == null && stored.expiresAt().isPresent()
                        ? null : stored.merge(event, expiresAt);
                if (merged == null) {
                    merges--; // OrderRecord refuses to lose a known expiry; the store would throw, skip it
                    continue;
                }
                model.put(event.orderId(), merged);
                records.merge(event, expiresAt);
            }
            assertThat(records.size()).as("step %d", step).isEqualTo(model.size());
        }
        for (int i = 0; i < 300; i++) {
            OrderId order = new OrderId("o" + i);
            assertThat(records.find(NYC, order)).isEqualTo(java.util.Optional.ofNullable(model.get(order)));
        }
    }

    private static void purge(Map<OrderId, OrderRecord> model, Instant now) {
        model.values().removeIf(r -> r.expiresAt().map(now::isAfter).orElse(true));
    }

    private static OrderEvent randomEvent(SplittableRandom random) {
        OrderId order = new OrderId("o" + random.nextInt(300));
        Occurrence at = new Occurrence(NOON.plusSeconds(random.nextInt(600)), "e" + random.nextInt(1000));
        return switch (random.nextInt(3)) {
            case 0 -> new OrderSubmitted(NYC, order, new Drink("Latte"), at);
            case 1 -> new OrderCompleted(NYC, order, at);
            default -> new OrderClosed(NYC, order, ClosingReason.CANCELLED, at);
        };
    }
}
