package dev.adhoc.waittimes.core.domain;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static dev.adhoc.waittimes.core.testing.CoffeeBar.LATTE;
import static dev.adhoc.waittimes.core.testing.CoffeeBar.LDN;
import static dev.adhoc.waittimes.core.testing.CoffeeBar.MOCHA;
import static dev.adhoc.waittimes.core.testing.CoffeeBar.NYC;
import static dev.adhoc.waittimes.core.testing.CoffeeBar.at;
import static dev.adhoc.waittimes.core.testing.CoffeeBar.cancelled;
import static dev.adhoc.waittimes.core.testing.CoffeeBar.claimed;
import static dev.adhoc.waittimes.core.testing.CoffeeBar.completed;
import static dev.adhoc.waittimes.core.testing.CoffeeBar.submitted;
import static dev.adhoc.waittimes.core.testing.CoffeeBar.timedOut;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrderRecordTest {
    private static final Instant EXPIRY = at("23:00:00");
    private final OrderRecord empty = OrderRecord.empty(NYC, new OrderId("o1"));

    private static Occurrence occ(String time, String eventId) {
        return new Occurrence(at(time), eventId);
    }

    @Test
    void an_empty_record_knows_nothing_and_has_version_zero() {
        assertThat(empty.isEmpty()).isTrue();
        assertThat(empty.version()).isZero();
        assertThat(empty.expiresAt()).isEmpty();
        assertThat(empty.submission()).isEmpty();
        assertThat(empty.completion()).isEmpty();
        assertThat(empty.claim()).isEmpty();
        assertThat(empty.closing()).isEmpty();
    }

    @Test
    void the_earliest_submission_wins_and_ties_go_to_the_smaller_event_id() {
        OrderRecord r = empty.merge(submitted(NYC, "o1", LATTE, "12:01:00", "e1"), EXPIRY)
                .merge(submitted(NYC, "o1", MOCHA, "12:00:00", "e9"), EXPIRY)
                .merge(submitted(NYC, "o1", LATTE, "12:00:00", "e5"), EXPIRY);

        assertThat(r.submission()).contains(new Submission(LATTE, occ("12:00:00", "e5")));
        assertThat(r.submissions()).containsExactly(new Submission(LATTE, occ("12:00:00", "e5")),
                new Submission(MOCHA, occ("12:00:00", "e9")), new Submission(LATTE, occ("12:01:00", "e1")));
    }

    @Test
    void the_earliest_report_of_every_kind_wins() {
        OrderRecord r = empty.merge(completed(NYC, "o1", "12:04:00", "c1"), EXPIRY)
                .merge(completed(NYC, "o1", "12:03:00", "c2"), EXPIRY)
                .merge(claimed(NYC, "o1", "12:02:00", "k1"), EXPIRY)
                .merge(claimed(NYC, "o1", "12:02:00", "k0"), EXPIRY)
                .merge(timedOut(NYC, "o1", "12:09:00", "x1"), EXPIRY)
                .merge(cancelled(NYC, "o1", "12:08:00", "x2"), EXPIRY);

        assertThat(r.completion()).contains(occ("12:03:00", "c2"));
        assertThat(r.completions()).containsExactly(occ("12:03:00", "c2"), occ("12:04:00", "c1"));
        assertThat(r.claim()).contains(occ("12:02:00", "k0"));
        assertThat(r.closing()).contains(new Closing(ClosingReason.CANCELLED, occ("12:08:00", "x2")));
        assertThat(r.closings()).hasSize(2);
    }

    @Test
    void a_losing_report_is_kept_and_counts_as_a_change() {
        OrderRecord r = empty.merge(completed(NYC, "o1", "12:03:00", "e2"), EXPIRY);
        OrderRecord withLoser = r.merge(completed(NYC, "o1", "12:04:00", "e3"), EXPIRY);

        assertThat(withLoser.completion()).isEqualTo(r.completion());
        assertThat(withLoser.completions()).hasSize(2);
        assertThat(withLoser.version()).isEqualTo(2);
        assertThat(withLoser.holds(completed(NYC, "o1", "12:04:00", "e3"))).isTrue();
    }

    @Test
    void a_duplicate_report_returns_the_same_record_at_the_same_version() {
        OrderRecord r = empty.merge(completed(NYC, "o1", "12:03:00", "e2"), EXPIRY);

        assertThat(r.merge(completed(NYC, "o1", "12:03:00", "e2"), at("23:30:00"))).isSameAs(r);
        assertThat(r.version()).isEqualTo(1);
    }

    @Test
    void holds_compares_the_whole_report() {
        OrderRecord r = empty.merge(submitted(NYC, "o1", LATTE, "12:00:00", "e1"), EXPIRY)
                .merge(cancelled(NYC, "o1", "12:05:00", "e2"), EXPIRY)
                .merge(claimed(NYC, "o1", "12:01:00", "e3"), EXPIRY);

        assertThat(r.holds(submitted(NYC, "o1", LATTE, "12:00:00", "e1"))).isTrue();
        assertThat(r.holds(submitted(NYC, "o1", MOCHA, "12:00:00", "e1"))).isFalse();
        assertThat(r.holds(submitted(NYC, "o1", LATTE, "12:00:01", "e1"))).isFalse();
        assertThat(r.holds(cancelled(NYC, "o1", "12:05:00", "e2"))).isTrue();
        assertThat(r.holds(timedOut(NYC, "o1", "12:05:00", "e2"))).isFalse();
        assertThat(r.holds(claimed(NYC, "o1", "12:01:00", "e3"))).isTrue();
        assertThat(r.holds(completed(NYC, "o1", "12:01:00", "e3"))).as("a claim is not a completion").isFalse();
    }

    @Test
    void the_seventeenth_distinct_report_of_a_kind_is_refused_and_nothing_is_lost() {
        OrderRecord r = empty;
        for (int i = 0; i < OrderRecord.MAX_REPORTS_PER_KIND; i++) {
            r = r.merge(submitted(NYC, "o1", LATTE, String.format("12:00:%02d", i), "s" + i), EXPIRY);
        }
        OrderRecord full = r;
        assertThat(full.submissions()).hasSize(16);
        assertThat(full.version()).isEqualTo(16);

        assertThatThrownBy(() -> full.merge(submitted(NYC, "o1", LATTE, "11:00:00", "s99"), EXPIRY))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.reason()).isEqualTo(RejectionReason.TOO_MANY_REPORTS));
        assertThat(full.submissions()).hasSize(16);
        assertThat(full.submission()).map(s -> s.occurrence().eventId()).contains("s0");
        assertThat(full.merge(submitted(NYC, "o1", LATTE, "12:00:03", "s3"), EXPIRY)).as("a duplicate").isSameAs(full);
        OrderRecord completed = full.merge(completed(NYC, "o1", "12:05:00", "c1"), EXPIRY);
        assertThat(completed.completion()).contains(occ("12:05:00", "c1"));
        assertThat(completed.submissions()).isEqualTo(full.submissions());
    }

    @Test
    void restore_sorts_and_deduplicates_and_refuses_more_than_sixteen() {
        Submission late = new Submission(MOCHA, occ("12:02:00", "e2"));
        Submission early = new Submission(LATTE, occ("12:01:00", "e1"));
        OrderRecord r = OrderRecord.restore(NYC, new OrderId("o1"), List.of(late, early, late), List.of(),
                List.of(occ("12:05:00", "c1")), List.of(), 3, EXPIRY);

        assertThat(r.submissions()).containsExactly(early, late);
        assertThat(r.version()).isEqualTo(3);
        assertThat(r.expiresAt()).contains(EXPIRY);
        List<Occurrence> seventeen = new ArrayList<>();
        for (int i = 0; i < 17; i++) {
            seventeen.add(occ(String.format("12:00:%02d", i), "c" + i));
        }
        assertThatThrownBy(() -> OrderRecord.restore(NYC, new OrderId("o1"), List.of(), List.of(), seventeen, List.of(),
                17, EXPIRY)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keeps_the_later_expiry_and_refuses_another_orders_event() {
        OrderRecord r = empty.merge(completed(NYC, "o1", "12:03:00", "e2"), at("20:00:00"))
                .merge(submitted(NYC, "o1", LATTE, "12:00:00", "e1"), at("19:00:00"));
        assertThat(r.expiresAt()).contains(at("20:00:00"));
        assertThat(r.merge(claimed(NYC, "o1", "12:01:00", "e3"), at("21:00:00")).expiresAt()).contains(at("21:00:00"));
        assertThatThrownBy(() -> r.merge(completed(NYC, "o2", "12:03:00", "e9"), EXPIRY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> r.holds(completed(LDN, "o1", "12:03:00", "e9")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void same_facts_ignores_version_and_expiry_but_equals_does_not() {
        OrderRecord a = empty.merge(completed(NYC, "o1", "12:03:00", "e2"), EXPIRY)
                .merge(completed(NYC, "o1", "12:02:00", "e1"), EXPIRY);
        OrderRecord b = OrderRecord.restore(NYC, new OrderId("o1"), List.of(), List.of(),
                List.of(occ("12:02:00", "e1"), occ("12:03:00", "e2")), List.of(), 7, at("23:59:00"));

        assertThat(a.sameFactsAs(b)).isTrue();
        assertThat(a).isNotEqualTo(b);
        assertThat(a).isEqualTo(OrderRecord.restore(NYC, new OrderId("o1"), List.of(), List.of(),
                b.completions(), List.of(), 2, EXPIRY)).hasSameHashCodeAs(a);
    }

    /** One report and the positions it is delivered at (more than one: it is delivered again). */
    record Delivered(OrderEvent event, List<Integer> positions) {
    }

    @Provide
    Arbitrary<List<Delivered>> reports() {
        Arbitrary<String> time = Combinators.combine(Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 2))
                .as((m, s) -> String.format("12:0%d:%02d", m, s));
        Arbitrary<String> eventId = Arbitraries.of("e0", "e1", "e10", "e2");
        Arbitrary<OrderEvent> event = Combinators.combine(Arbitraries.integers().between(0, 4), time, eventId,
                Arbitraries.of(LATTE, MOCHA)).as((kind, t, id, drink) -> switch (kind) {
                    case 0 -> submitted(NYC, "o1", drink, t, id);
                    case 1 -> completed(NYC, "o1", t, id);
                    case 2 -> claimed(NYC, "o1", t, id);
                    case 3 -> cancelled(NYC, "o1", t, id);
                    default -> timedOut(NYC, "o1", t, id);
                });
        Arbitrary<List<Integer>> positions = Arbitraries.integers().between(0, 30).list().ofMinSize(1).ofMaxSize(3);
        return Combinators.combine(event, positions).as(Delivered::new).list().ofMinSize(1).ofMaxSize(12);
    }

    @Property(tries = 300)
    void merging_is_a_set_union_whatever_the_order_and_duplication(@ForAll("reports") List<Delivered> reports) {
        List<OrderEvent> inOrder = reports.stream().map(Delivered::event).toList();
        record At(int position, int seq, OrderEvent event) {
        }
        List<At> deliveries = new ArrayList<>();
        for (Delivered d : reports) {
            for (int p : d.positions()) {
                deliveries.add(new At(p, deliveries.size(), d.event()));
            }
        }
        deliveries.sort(Comparator.comparingInt(At::position).thenComparingInt(At::seq));

        OrderRecord once = mergeAll(inOrder);
        OrderRecord shuffled = mergeAll(deliveries.stream().map(At::event).toList());
        Set<OrderEvent> distinct = new LinkedHashSet<>(inOrder);

        assertThat(shuffled.sameFactsAs(once)).isTrue();
        assertThat(shuffled.version()).as("one version per distinct report").isEqualTo(distinct.size());
        assertThat(distinct).allMatch(shuffled::holds);
    }

    private OrderRecord mergeAll(List<OrderEvent> events) {
        OrderRecord r = empty;
        for (OrderEvent e : events) {
            r = r.merge(e, EXPIRY);
        }
        return r;
    }
}
