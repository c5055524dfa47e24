package dev.adhoc.waittimes.core.domain;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static dev.adhoc.waittimes.core.domain.Samples.LATTE;
import static dev.adhoc.waittimes.core.domain.Samples.MOCHA;
import static dev.adhoc.waittimes.core.domain.Samples.NYC;
import static dev.adhoc.waittimes.core.domain.Samples.at;
import static dev.adhoc.waittimes.core.domain.Samples.cancelled;
import static dev.adhoc.waittimes.core.domain.Samples.completed;
import static dev.adhoc.waittimes.core.domain.Samples.submitted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrderRecordTest {
    private static final Instant EXPIRY = at("23:00:00");
    private final OrderRecord empty = OrderRecord.empty(NYC, new OrderId("o1"));

    @Test
    void the_earliest_submission_wins_and_ties_go_to_the_smaller_event_id() {
        OrderRecord r = empty.merge(submitted(NYC, "o1", LATTE, "12:01:00", "e1"), EXPIRY)
                .merge(submitted(NYC, "o1", MOCHA, "12:00:00", "e9"), EXPIRY)
                .merge(submitted(NYC, "o1", LATTE, "12:00:00", "e5"), EXPIRY);

        assertThat(r.submission()).contains(new Submission(LATTE, new Occurrence(at("12:00:00"), "e5")));
    }

    @Test
    void a_losing_or_duplicate_fact_returns_the_same_record() {
        OrderRecord r = empty.merge(completed(NYC, "o1", "12:03:00", "e2"), EXPIRY);
        assertThat(r.merge(completed(NYC, "o1", "12:03:00", "e2"), EXPIRY)).isSameAs(r);
        assertThat(r.merge(completed(NYC, "o1", "12:04:00", "e3"), EXPIRY)).isSameAs(r);
        assertThat(r.holds(completed(NYC, "o1", "12:03:00", "e2"))).isTrue();
        assertThat(r.holds(completed(NYC, "o1", "12:04:00", "e3"))).isFalse();
    }

    @Test
    void remembers_every_drink_a_winning_submission_named_but_not_as_a_fact() {
        OrderRecord later = empty.merge(submitted(NYC, "o1", LATTE, "12:01:00", "e1"), EXPIRY);
        OrderRecord moved = later.merge(submitted(NYC, "o1", MOCHA, "12:00:00", "e2"), EXPIRY);
        OrderRecord direct = empty.merge(submitted(NYC, "o1", MOCHA, "12:00:00", "e2"), EXPIRY);

        assertThat(moved.drinksNamed()).containsExactlyInAnyOrder(LATTE, MOCHA);
        assertThat(direct.drinksNamed()).containsExactly(MOCHA);
        assertThat(moved.sameFactsAs(direct)).isTrue();
        assertThat(direct.merge(submitted(NYC, "o1", LATTE, "12:01:00", "e1"), EXPIRY)).isSameAs(direct);
    }

    @Test
    void has_a_sample_once_submission_and_completion_are_known() {
        OrderRecord pending = empty.merge(completed(NYC, "o1", "12:03:00", "e2"), EXPIRY);
        assertThat(pending.sample()).isEmpty();

        OrderRecord done = pending.merge(submitted(NYC, "o1", LATTE, "12:00:00", "e1"), EXPIRY);
        assertThat(done.sample()).contains(new KeyedSample(new WindowKey(NYC, LATTE),
                new WaitSample(new OrderId("o1"), at("12:00:00"), at("12:03:00"))));
    }

    @Test
    void a_closing_excludes_the_order_only_in_finished_mode() {
        OrderRecord r = empty.merge(cancelled(NYC, "o1", "12:03:00", "e3"), EXPIRY);
        assertThat(r.excludedIn(CompletionMode.COMPLETED)).isFalse();
        assertThat(r.excludedIn(CompletionMode.FINISHED)).isTrue();
    }

    @Test
    void keeps_the_later_expiry_and_refuses_another_orders_event() {
        OrderRecord r = empty.merge(completed(NYC, "o1", "12:03:00", "e2"), at("20:00:00"))
                .merge(submitted(NYC, "o1", LATTE, "12:00:00", "e1"), at("19:00:00"));
        assertThat(r.expiresAt()).contains(at("20:00:00"));
        assertThatThrownBy(() -> r.merge(completed(NYC, "o2", "12:03:00", "e9"), EXPIRY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Property(tries = 300)
    void merging_is_independent_of_order_and_duplication(@ForAll long seed,
                                                         @ForAll @IntRange(min = 1, max = 12) int count) {
        Random random = new Random(seed);
        List<OrderEvent> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String time = String.format("12:0%d:%02d", random.nextInt(3), random.nextInt(3));
            String id = "e" + random.nextInt(4);
            events.add(switch (random.nextInt(3)) {
                case 0 -> submitted(NYC, "o1", random.nextBoolean() ? LATTE : MOCHA, time, id);
                case 1 -> completed(NYC, "o1", time, id);
                default -> cancelled(NYC, "o1", time, id);
            });
        }
        List<OrderEvent> shuffled = new ArrayList<>(events);
        shuffled.addAll(events.subList(0, random.nextInt(events.size() + 1)));
        Collections.shuffle(shuffled, random);

        assertThat(mergeAll(shuffled).sameFactsAs(mergeAll(events))).isTrue();
    }

    private OrderRecord mergeAll(List<OrderEvent> events) {
        OrderRecord r = empty;
        for (OrderEvent e : events) {
            r = r.merge(e, EXPIRY);
        }
        return r;
    }
}
