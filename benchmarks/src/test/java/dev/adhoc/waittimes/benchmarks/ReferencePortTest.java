package dev.adhoc.waittimes.benchmarks;

import dev.adhoc.waittimes.benchmarks.reference.OrderDurationTable;
import dev.adhoc.waittimes.benchmarks.reference.ReferenceWaitTimes;
import dev.adhoc.waittimes.benchmarks.reference.ReferenceWaitTimes.DrinkAverageTime;
import dev.adhoc.waittimes.core.domain.Drink;
import dev.adhoc.waittimes.core.domain.Occurrence;
import dev.adhoc.waittimes.core.domain.OrderCompleted;
import dev.adhoc.waittimes.core.domain.OrderEvent;
import dev.adhoc.waittimes.core.domain.OrderId;
import dev.adhoc.waittimes.core.domain.OrderSubmitted;
import dev.adhoc.waittimes.core.domain.TenantId;
import dev.adhoc.waittimes.core.waittimes.WaitTimeSettings;
import dev.adhoc.waittimes.core.waittimes.WaitTimeUpdate;
import dev.adhoc.waittimes.core.waittimes.port.in.Outcome;
import dev.adhoc.waittimes.inmemory.InMemoryWaitTimes;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The port of the reference computes what the reference computes, and what our use case computes where the two agree. */
class ReferencePortTest {
    private static final TenantId NYC = new TenantId("NYC");
    private static final Instant NOON = Instant.parse("2026-11-27T12:00:00Z");
    private static final List<Drink> MENU = List.of(new Drink("Caffe Latte"), new Drink("Mocha"), new Drink("Espresso"));

    @Test
    void on_one_tenant_without_cancellations_it_emits_the_averages_our_use_case_emits() {
        for (int windowSize : new int[] {1, 3, 10}) {
            ReferenceWaitTimes reference = new ReferenceWaitTimes(new OrderDurationTable(), windowSize);
            InMemoryWaitTimes ours = InMemoryWaitTimes.create(WaitTimeSettings.DEFAULTS.withWindowSize(windowSize),
                    Clock.fixed(NOON.plusSeconds(86_400), ZoneOffset.UTC));
            int compared = 0;
            for (OrderEvent event : liveStream(200, 11)) {
                Optional<DrinkAverageTime> theirs = reference.on(event);
                Outcome outcome = ours.service().record(event);
                if (event instanceof OrderCompleted) {
                    WaitTimeUpdate update = outcome.updates().get(0);
                    assertThat(theirs).get().extracting(DrinkAverageTime::drink).isEqualTo(update.key().drink().name());
                    assertThat(theirs.get().duration())
                            .isCloseTo(update.figures().average().toMillis() / 1000.0, within(0.0005));
                    compared++;
                } else {
                    assertThat(theirs).isEmpty();
                }
            }
            assertThat(compared).isEqualTo(200);
        }
    }

    @Test
    void it_keeps_the_faults_of_the_reference_tenants_mixed_cancellations_counted() {
        ReferenceWaitTimes reference = new ReferenceWaitTimes(new OrderDurationTable(), 10);
        Drink latte = MENU.get(0);
        reference.on(new OrderSubmitted(NYC, new OrderId("a"), latte, new Occurrence(NOON, "e1")));
        reference.on(new OrderCompleted(NYC, new OrderId("a"), new Occurrence(NOON.plusSeconds(60), "e2")));
        TenantId ldn = new TenantId("LDN");
        reference.on(new OrderSubmitted(ldn, new OrderId("b"), latte, new Occurrence(NOON, "e3")));
        // a cancellation is followed on the bus by orderFinished, which the reference takes for a completion
        Optional<DrinkAverageTime> afterCancellation = reference.on(new dev.adhoc.waittimes.core.domain.OrderClosed(
                ldn, new OrderId("b"), dev.adhoc.waittimes.core.domain.ClosingReason.CANCELLED,
                new Occurrence(NOON.plusSeconds(180), "e4")));

        assertThat(afterCancellation).contains(new DrinkAverageTime("Caffe Latte", 120.0, "LDN"));
    }

    @Test
    void a_completion_before_its_submission_crashes_it_as_it_crashes_the_reference() {
        ReferenceWaitTimes reference = new ReferenceWaitTimes(new OrderDurationTable(), 10);
        assertThatThrownBy(() -> reference.on(new OrderCompleted(NYC, new OrderId("x"), new Occurrence(NOON, "e"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("reading 'drink'");
    }

    @Test
    void its_query_reads_every_order_of_the_drink_ever_made() {
        OrderDurationTable table = new OrderDurationTable();
        ReferenceWaitTimes reference = new ReferenceWaitTimes(table, 10);
        for (int i = 0; i < 50; i++) {
            reference.saveSubmitted("o" + i, "Mocha", NOON.plusSeconds(i).toString());
            if (i % 2 == 0) {
                table.setCompleted("o" + i, NOON.plusSeconds(i + 30).toString());
            }
        }
        assertThat(table.queryCompletedByDrink("Mocha")).hasSize(25);
        assertThat(table.queryCompletedByDrink("Latte")).isEmpty();
        table.deleteItem("o0");
        assertThat(table.queryCompletedByDrink("Mocha")).hasSize(24);
    }

    /** Orders of one tenant, submitted a few seconds apart, each completed 30 s to 10 min later, in time order. */
    private static List<OrderEvent> liveStream(int orders, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<OrderEvent> events = new ArrayList<>();
        for (int i = 0; i < orders; i++) {
            OrderId id = new OrderId("order-" + i);
            Instant submitted = NOON.plusSeconds(7L * i);
            events.add(new OrderSubmitted(NYC, id, MENU.get(random.nextInt(MENU.size())),
                    new Occurrence(submitted, "s" + i)));
            // distinct completion times (no ties, whose order the reference leaves to the table)
            events.add(new OrderCompleted(NYC, id, new Occurrence(submitted.plusSeconds(30 + random.nextInt(570))
                    .plusMillis(i), "c" + i)));
        }
        events.sort((a, b) -> a.occurrence().time().compareTo(b.occurrence().time()));
        return events;
    }
}
