package dev.adhoc.waittimes.core.engine;

import dev.adhoc.waittimes.core.domain.OrderEvent;
import dev.adhoc.waittimes.core.domain.OrderId;
import dev.adhoc.waittimes.core.domain.OrderRecord;
import dev.adhoc.waittimes.core.domain.Rejection;
import dev.adhoc.waittimes.core.domain.RejectionReason;
import dev.adhoc.waittimes.core.testing.CrashingSampleIndex;
import dev.adhoc.waittimes.core.waittimes.CompletionMode;
import dev.adhoc.waittimes.core.waittimes.WaitFigures;
import dev.adhoc.waittimes.core.waittimes.WaitTimeSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static dev.adhoc.waittimes.core.testing.CoffeeBar.LATTE;
import static dev.adhoc.waittimes.core.testing.CoffeeBar.LDN;
import static dev.adhoc.waittimes.core.testing.CoffeeBar.MOCHA;
import static dev.adhoc.waittimes.core.testing.CoffeeBar.NYC;
import static dev.adhoc.waittimes.core.testing.CoffeeBar.at;
import static dev.adhoc.waittimes.core.testing.CoffeeBar.cancelled;
import static dev.adhoc.waittimes.core.testing.CoffeeBar.claimed;
import static dev.adhoc.waittimes.core.testing.CoffeeBar.completed;
import static dev.adhoc.waittimes.core.testing.CoffeeBar.key;
import static dev.adhoc.waittimes.core.testing.CoffeeBar.submitted;
import static dev.adhoc.waittimes.core.testing.CoffeeBar.waited;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The wait-times engine, scenario by scenario: the regressions the contract names, each in its own test. */
class EngineScenariosTest {
    private static final WindowKey LATTES = key(NYC, LATTE);
    private static final WindowKey MOCHAS = key(NYC, MOCHA);

    private static WaitTimeSettings windowOf(int n) {
        return WaitTimeSettings.DEFAULTS.withWindowSize(n);
    }

    private static Update<WaitFigures> update(WindowKey key, List<Sample> before, List<Sample> after) {
        Window window = new Window(after);
        return new Update<>(key, WaitFigures.of(new Window(before)), WaitFigures.of(window), window,
                ContentIds.of(key, window));
    }

    private static String pairId(RejectionReason reason, OrderEvent submission, OrderEvent completion) {
        var s = (dev.adhoc.waittimes.core.domain.OrderSubmitted) submission;
        return Rejection.idOf(reason.name(), s.tenant().value(), s.orderId().value(), s.drink().name(),
                s.occurrence().time().toString(), s.occurrence().eventId(),
                completion.occurrence().time().toString(), completion.occurrence().eventId());
    }

    private static List<String> ids(Recorded<?> recorded) {
        return recorded.rejections().stream().map(Rejection::id).toList();
    }

    // a. An earlier completion report moves an order back out of a one-sample window.

    private static final OrderEvent A_S1 = submitted(NYC, "o1", LATTE, "12:00:00", "s1");
    private static final OrderEvent A_S2 = submitted(NYC, "o2", LATTE, "12:00:00", "s2");
    private static final OrderEvent A_C1 = completed(NYC, "o1", "12:05:00", "c1");
    private static final OrderEvent A_C2 = completed(NYC, "o2", "12:06:00", "c2");
    private static final OrderEvent A_C2_EARLIER = completed(NYC, "o2", "12:04:00", "c3");

    @Test
    void a_an_earlier_completion_report_arriving_last_gives_the_window_back_to_the_other_order() {
        Bar bar = new Bar(windowOf(1));
        bar.record(A_S1, A_S2, A_C1, A_C2);
        assertThat(bar.window(LATTES)).containsExactly(waited("o2", "12:06:00", 360));

        Recorded<WaitFigures> r = bar.record(A_C2_EARLIER);

        assertThat(bar.window(LATTES)).containsExactly(waited("o1", "12:05:00", 300));
        assertThat(r.updates()).containsExactly(update(LATTES, List.of(waited("o2", "12:06:00", 360)),
                List.of(waited("o1", "12:05:00", 300))));
        assertThat(r.rejections()).isEmpty();
    }

    @Test
    void a_an_earlier_completion_report_arriving_first_leaves_the_window_to_the_other_order() {
        Bar bar = new Bar(windowOf(1));
        List<Update<WaitFigures>> emitted = new ArrayList<>();
        for (OrderEvent e : List.of(A_C2_EARLIER, A_S1, A_S2, A_C1, A_C2)) {
            emitted.addAll(bar.record(e).updates());
        }

        assertThat(bar.window(LATTES)).containsExactly(waited("o1", "12:05:00", 300));
        assertThat(bar.current(LATTES).orElseThrow().after().average()).isEqualTo(Duration.ofSeconds(300));
        assertThat(emitted.get(emitted.size() - 1).window().samples()).containsExactly(waited("o1", "12:05:00", 300));
    }

    // b. An earlier submission moves an order to another drink.

    private static final List<OrderEvent> B_DAY = List.of(
            submitted(NYC, "o1", LATTE, "12:00:00", "a1"), completed(NYC, "o1", "12:03:00", "a2"),
            submitted(NYC, "o2", LATTE, "12:01:00", "b1"), completed(NYC, "o2", "12:05:00", "b2"),
            submitted(NYC, "o3", MOCHA, "12:00:00", "m1"), completed(NYC, "o3", "12:02:00", "m2"));
    private static final OrderEvent B_MOVE = submitted(NYC, "o2", MOCHA, "12:00:30", "b3");

    @Test
    void b_an_earlier_submission_of_another_drink_arriving_last_moves_the_order_and_gives_the_old_window_back() {
        Bar bar = new Bar(windowOf(1));
        B_DAY.forEach(bar::record);
        assertThat(bar.window(LATTES)).containsExactly(waited("o2", "12:05:00", 240));
        assertThat(bar.window(MOCHAS)).containsExactly(waited("o3", "12:02:00", 120));

        Recorded<WaitFigures> r = bar.record(B_MOVE);

        assertThat(bar.window(LATTES)).containsExactly(waited("o1", "12:03:00", 180));
        assertThat(bar.window(MOCHAS)).containsExactly(waited("o2", "12:05:00", 270));
        assertThat(r.updates()).containsExactlyInAnyOrder(
                update(LATTES, List.of(waited("o2", "12:05:00", 240)), List.of(waited("o1", "12:03:00", 180))),
                update(MOCHAS, List.of(waited("o3", "12:02:00", 120)), List.of(waited("o2", "12:05:00", 270))));
    }

    @Test
    void b_an_earlier_submission_of_another_drink_arriving_first_puts_the_order_in_that_drink_only() {
        for (List<OrderEvent> day : List.of(concat(List.of(B_MOVE), B_DAY), reversed(B_DAY),
                concat(List.of(B_DAY.get(3), B_MOVE), B_DAY))) {
            Bar bar = new Bar(windowOf(1));
            day.forEach(bar::record);
            bar.record(B_MOVE);

            assertThat(bar.window(LATTES)).as("after %s", day).containsExactly(waited("o1", "12:03:00", 180));
            assertThat(bar.window(MOCHAS)).as("after %s", day).containsExactly(waited("o2", "12:05:00", 270));
        }
    }

    private static List<OrderEvent> reversed(List<OrderEvent> events) {
        List<OrderEvent> all = new ArrayList<>(events);
        java.util.Collections.reverse(all);
        return all;
    }

    private static List<OrderEvent> concat(List<OrderEvent> a, List<OrderEvent> b) {
        List<OrderEvent> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    // c. FINISHED mode: a cancellation after counting withdraws the sample from a full window.

    @ParameterizedTest(name = "completions arriving {0}")
    @ValueSource(strings = {"oldest first", "newest first"})
    void c_a_cancellation_after_counting_withdraws_the_sample_and_the_next_latest_comes_back(String arrival) {
        Bar bar = new Bar(windowOf(2).withCompletionMode(CompletionMode.FINISHED));
        int[] orders = arrival.equals("oldest first") ? new int[] {1, 2, 3} : new int[] {3, 2, 1};
        for (int i : orders) { // newest first: o1 arrives older than a full window, and is kept for later
            bar.record(submitted(NYC, "o" + i, LATTE, "12:00:00", "s" + i),
                    completed(NYC, "o" + i, "12:0" + (i + 1) + ":00", "c" + i));
        }
        assertThat(bar.window(LATTES)).containsExactly(waited("o3", "12:04:00", 240), waited("o2", "12:03:00", 180));

        Recorded<WaitFigures> r = bar.record(cancelled(NYC, "o3", "12:06:00", "x3"));

        assertThat(bar.window(LATTES)).containsExactly(waited("o2", "12:03:00", 180), waited("o1", "12:02:00", 120));
        assertThat(r.updates()).containsExactly(update(LATTES,
                List.of(waited("o3", "12:04:00", 240), waited("o2", "12:03:00", 180)),
                List.of(waited("o2", "12:03:00", 180), waited("o1", "12:02:00", 120))));
        assertThat(r.updates().get(0).after().sampleSize()).isEqualTo(2);
    }

    @Test
    void c_in_completed_mode_a_cancellation_of_a_completed_order_changes_nothing() {
        Bar bar = new Bar(windowOf(2));
        bar.record(submitted(NYC, "o1", LATTE, "12:00:00", "s1"), completed(NYC, "o1", "12:02:00", "c1"));

        bar.record(cancelled(NYC, "o1", "12:06:00", "x1"));

        assertThat(bar.window(LATTES)).containsExactly(waited("o1", "12:02:00", 120));
    }

    // d. A report that makes a counted wait negative or above the ceiling.

    private static Bar twoLattesInAWindowOfOne() {
        Bar bar = new Bar(windowOf(1));
        bar.record(submitted(NYC, "o1", LATTE, "12:00:00", "s1"), completed(NYC, "o1", "12:03:00", "c1"),
                submitted(NYC, "o2", LATTE, "12:00:00", "s2"), completed(NYC, "o2", "12:05:00", "c2"));
        assertThat(bar.window(LATTES)).containsExactly(waited("o2", "12:05:00", 300));
        return bar;
    }

    /** o2's sample left the window of one for o1's, and the pair of o2's reports was rejected for the reason. */
    private static void assertO2WithdrawnAndRejected(Bar bar, Recorded<WaitFigures> r, RejectionReason reason,
                                                     OrderEvent submission, OrderEvent completion) {
        assertThat(bar.window(LATTES)).containsExactly(waited("o1", "12:03:00", 180));
        assertThat(r.updates()).containsExactly(update(LATTES, List.of(waited("o2", "12:05:00", 300)),
                List.of(waited("o1", "12:03:00", 180))));
        assertThat(r.rejections()).singleElement().satisfies(rej -> {
            assertThat(rej.reason()).isEqualTo(reason);
            assertThat(rej.id()).isEqualTo(pairId(reason, submission, completion));
        });
    }

    @Test
    void d_an_earlier_submission_above_the_ceiling_withdraws_the_sample_and_is_rejected() {
        Bar bar = twoLattesInAWindowOfOne();
        OrderEvent early = submitted(NYC, "o2", LATTE, "11:49:59", "s2-early");

        Recorded<WaitFigures> r = bar.record(early);

        assertO2WithdrawnAndRejected(bar, r, RejectionReason.WAIT_ABOVE_CEILING, early,
                completed(NYC, "o2", "12:05:00", "c2"));
    }

    @Test
    void d_an_earlier_completion_before_the_submission_withdraws_the_sample_and_is_rejected() {
        Bar bar = twoLattesInAWindowOfOne();
        OrderEvent early = completed(NYC, "o2", "11:59:00", "c2-early");

        Recorded<WaitFigures> r = bar.record(early);

        assertO2WithdrawnAndRejected(bar, r, RejectionReason.NEGATIVE_WAIT,
                submitted(NYC, "o2", LATTE, "12:00:00", "s2"), early);
    }

    @Test
    void d_a_losing_pair_is_rejected_but_the_winning_pair_still_counts() {
        Bar bar = twoLattesInAWindowOfOne();
        OrderEvent late = submitted(NYC, "o2", LATTE, "12:10:00", "s2-late");

        Recorded<WaitFigures> r = bar.record(late);

        assertThat(bar.window(LATTES)).containsExactly(waited("o2", "12:05:00", 300));
        assertThat(ids(r)).containsExactly(pairId(RejectionReason.NEGATIVE_WAIT, late,
                completed(NYC, "o2", "12:05:00", "c2")));
    }

    // e. A burst of withdrawals from one full window, with no completion after them.

    @Test
    void e_a_burst_of_cancellations_empties_a_full_window_one_sample_at_a_time() {
        Bar bar = new Bar(windowOf(3).withCompletionMode(CompletionMode.FINISHED));
        List<Sample> counted = new ArrayList<>(); // latest first
        for (int i = 6; i >= 1; i--) {
            counted.add(waited("o" + i, "12:0" + i + ":00", 60L * i));
        }
        for (int i : new int[] {2, 6, 1, 4, 5, 3}) { // o1, o3 arrive older than a full window
            bar.record(submitted(NYC, "o" + i, LATTE, "12:00:00", "s" + i),
                    completed(NYC, "o" + i, "12:0" + i + ":00", "c" + i));
        }
        assertThat(bar.window(LATTES)).containsExactlyElementsOf(counted.subList(0, 3));

        for (int i : new int[] {1, 6, 3, 5, 2, 4}) {
            List<Sample> before = List.copyOf(counted.subList(0, Math.min(3, counted.size())));
            counted.removeIf(s -> s.orderId().equals(new OrderId("o" + i)));
            List<Sample> after = List.copyOf(counted.subList(0, Math.min(3, counted.size())));

            Recorded<WaitFigures> r = bar.record(cancelled(NYC, "o" + i, "12:30:00", "x" + i));

            assertThat(bar.window(LATTES)).as("after cancelling o%d", i).containsExactlyElementsOf(after);
            if (before.equals(after)) {
                assertThat(r.updates()).as("o%d was not in the window", i).isEmpty();
            } else {
                assertThat(r.updates()).as("after cancelling o%d", i).containsExactly(update(LATTES, before, after));
            }
        }
        assertThat(bar.current(LATTES)).isEmpty();
    }

    // f. Redelivery.

    @Test
    void f_a_redelivery_after_success_emits_the_same_update_id_again() {
        Bar bar = new Bar(windowOf(1));
        OrderEvent s1 = submitted(NYC, "o1", LATTE, "12:00:00", "s1");
        OrderEvent c1 = completed(NYC, "o1", "12:05:00", "c1");
        bar.record(s1);
        Update<WaitFigures> first = bar.record(c1).updates().get(0);

        for (OrderEvent again : List.of(c1, s1, c1)) {
            Recorded<WaitFigures> r = bar.record(again);
            assertThat(r.updates()).singleElement().satisfies(u -> {
                assertThat(u.updateId()).isEqualTo(first.updateId());
                assertThat(u.window()).isEqualTo(first.window());
                assertThat(u.after()).isEqualTo(first.after());
            });
        }
        assertThat(bar.current(LATTES).orElseThrow().updateId()).isEqualTo(first.updateId());
    }

    @Test
    void f_an_event_that_changes_nothing_of_an_order_in_no_window_emits_nothing() {
        Bar bar = new Bar(windowOf(1));
        OrderEvent c1 = completed(NYC, "o1", "12:05:00", "c1");
        OrderEvent pending = submitted(NYC, "o9", MOCHA, "12:00:00", "s9");
        bar.record(submitted(NYC, "o1", LATTE, "12:00:00", "s1"), c1, pending,
                submitted(NYC, "o2", LATTE, "12:00:00", "s2"), completed(NYC, "o2", "12:06:00", "c2"));

        assertThat(bar.record(c1).updates()).as("o1 was pushed out").isEmpty();
        assertThat(bar.record(claimed(NYC, "o1", "12:01:00", "k1")).updates()).as("a new claim of o1").isEmpty();
        assertThat(bar.record(completed(NYC, "o1", "12:07:00", "c1-late")).updates()).as("a losing completion").isEmpty();
        assertThat(bar.record(pending).updates()).as("an order not completed").isEmpty();
        assertThat(bar.window(LATTES)).containsExactly(waited("o2", "12:06:00", 360));
    }

    // g. Pair rejections are the same whatever the order of arrival.

    @Test
    void g_a_negative_wait_gets_one_rejection_id_in_either_order_and_a_redelivery_repeats_only_it() {
        OrderEvent e1 = submitted(NYC, "o1", LATTE, "12:05:00", "e1");
        OrderEvent e2 = completed(NYC, "o1", "12:03:00", "e2");
        String expected = Rejection.idOf("NEGATIVE_WAIT", "NYC", "o1", "Caffe Latte", "2026-11-27T12:05:00Z", "e1",
                "2026-11-27T12:03:00Z", "e2");

        Bar forward = new Bar(windowOf(1));
        assertThat(ids(forward.record(e1))).isEmpty();
        assertThat(ids(forward.record(e2))).containsExactly(expected);
        Bar backward = new Bar(windowOf(1));
        assertThat(ids(backward.record(e2))).isEmpty();
        assertThat(ids(backward.record(e1))).containsExactly(expected);

        assertThat(ids(forward.record(e1))).containsExactly(expected);
        assertThat(ids(forward.record(e2))).containsExactly(expected);
        assertThat(forward.record(e2).updates()).isEmpty();
        assertThat(forward.current(LATTES)).isEmpty();
    }

    @Test
    void g_every_pair_that_breaks_a_rule_is_rejected_once() {
        Bar bar = new Bar(windowOf(1));
        OrderEvent sEarly = submitted(NYC, "o1", LATTE, "11:40:00", "s1");
        OrderEvent sLate = submitted(NYC, "o1", MOCHA, "12:02:00", "s2");
        OrderEvent cEarly = completed(NYC, "o1", "12:01:00", "c1");
        OrderEvent cLate = completed(NYC, "o1", "12:10:00", "c2");
        List<String> ids = new ArrayList<>();
        for (OrderEvent e : List.of(sEarly, cEarly, sLate, cLate)) {
            ids.addAll(ids(bar.record(e)));
        }

        assertThat(ids).containsExactlyInAnyOrder(
                pairId(RejectionReason.NEGATIVE_WAIT, sLate, cEarly),
                pairId(RejectionReason.WAIT_ABOVE_CEILING, sEarly, cEarly),
                pairId(RejectionReason.WAIT_ABOVE_CEILING, sEarly, cLate));
        assertThat(bar.window(LATTES)).as("the winning pair waited 21 minutes").isEmpty();
        assertThat(bar.window(MOCHAS)).isEmpty();
    }

    // h. A crash between the merge and the index write, then the retry.

    @Test
    void h_a_crash_before_the_index_write_of_a_completion_is_healed_by_the_retry() {
        Bar bar = new Bar(windowOf(2));
        bar.record(submitted(NYC, "o1", LATTE, "12:00:00", "s1"), completed(NYC, "o1", "12:02:00", "c1"),
                submitted(NYC, "o2", LATTE, "12:00:00", "s2"));
        OrderEvent c2 = completed(NYC, "o2", "12:04:00", "c2");
        bar.index.crashBeforeNextWrite();

        assertThatThrownBy(() -> bar.record(c2)).isInstanceOf(CrashingSampleIndex.Crash.class);
        assertThat(bar.records.find(NYC, new OrderId("o2")).map(OrderRecord::completion)).get().isNotNull();
        assertThat(bar.window(LATTES)).containsExactly(waited("o1", "12:02:00", 120));

        Recorded<WaitFigures> retry = bar.record(c2);

        List<Sample> expected = List.of(waited("o2", "12:04:00", 240), waited("o1", "12:02:00", 120));
        assertThat(bar.window(LATTES)).containsExactlyElementsOf(expected);
        assertThat(retry.updates()).singleElement().satisfies(u -> {
            assertThat(u.window().samples()).isEqualTo(expected);
            assertThat(u.after()).isEqualTo(WaitFigures.of(new Window(expected)));
            assertThat(u.updateId()).isEqualTo(bar.current(LATTES).orElseThrow().updateId());
        });
    }

    @Test
    void h_a_crash_before_the_index_write_of_a_withdrawal_is_healed_and_emitted_by_the_retry() {
        Bar bar = new Bar(windowOf(1).withCompletionMode(CompletionMode.FINISHED));
        bar.record(submitted(NYC, "o1", LATTE, "12:00:00", "s1"), completed(NYC, "o1", "12:02:00", "c1"),
                submitted(NYC, "o2", LATTE, "12:00:00", "s2"), completed(NYC, "o2", "12:04:00", "c2"));
        OrderEvent x2 = cancelled(NYC, "o2", "12:05:00", "x2");
        bar.index.crashBeforeNextWrite();
        assertThatThrownBy(() -> bar.record(x2)).isInstanceOf(CrashingSampleIndex.Crash.class);

        Recorded<WaitFigures> retry = bar.record(x2);

        assertThat(bar.window(LATTES)).containsExactly(waited("o1", "12:02:00", 120));
        assertThat(retry.updates()).as("the window changed on the retry, and no update was emitted before it")
                .extracting(u -> u.window().samples()).containsExactly(List.of(waited("o1", "12:02:00", 120)));
    }

    @Test
    void h_a_crash_between_the_writes_of_a_move_to_another_drink_is_healed_and_emitted_by_the_retry() {
        Bar bar = new Bar(windowOf(1));
        B_DAY.forEach(bar::record);
        bar.index.crashAfter(1); // the old drink's tombstone is written, the new drink's sample is not

        assertThatThrownBy(() -> bar.record(B_MOVE)).isInstanceOf(CrashingSampleIndex.Crash.class);
        Recorded<WaitFigures> retry = bar.record(B_MOVE);

        assertThat(bar.window(LATTES)).containsExactly(waited("o1", "12:03:00", 180));
        assertThat(bar.window(MOCHAS)).containsExactly(waited("o2", "12:05:00", 270));
        assertThat(retry.updates()).as("both windows changed, and no update was emitted before the retry")
                .extracting(Update::key).containsExactlyInAnyOrder(LATTES, MOCHAS);
    }

    // i. Too many reports of one kind.

    @Test
    void i_the_seventeenth_distinct_completion_report_is_rejected_and_nothing_else_is_lost() {
        Bar bar = new Bar(windowOf(1));
        bar.record(submitted(NYC, "o1", LATTE, "12:00:00", "s1"));
        for (int i = 0; i < OrderRecord.MAX_REPORTS_PER_KIND; i++) {
            bar.record(completed(NYC, "o1", String.format("12:01:%02d", i), "c" + i));
        }
        assertThat(bar.window(LATTES)).containsExactly(waited("o1", "12:01:00", 60));
        OrderEvent seventeenth = completed(NYC, "o1", "12:00:30", "c16");

        Recorded<WaitFigures> r = bar.record(seventeenth);

        assertThat(r.updates()).isEmpty();
        assertThat(r.rejections()).singleElement().satisfies(rej -> {
            assertThat(rej.reason()).isEqualTo(RejectionReason.TOO_MANY_REPORTS);
            assertThat(rej.eventRef()).isEqualTo("c16");
            assertThat(rej.id()).isEqualTo(Rejection.idOf("TOO_MANY_REPORTS", "NYC", "o1", "2026-11-27T12:00:30Z", "c16"));
        });
        assertThat(ids(bar.record(seventeenth))).as("a redelivery repeats the same id").containsExactly(r.rejections().get(0).id());
        OrderRecord kept = bar.records.find(NYC, new OrderId("o1")).orElseThrow();
        assertThat(kept.completions()).hasSize(16).noneMatch(c -> c.eventId().equals("c16"));
        assertThat(kept.submissions()).hasSize(1);
        assertThat(bar.window(LATTES)).containsExactly(waited("o1", "12:01:00", 60));

        bar.record(claimed(NYC, "o1", "12:00:40", "k1"));
        assertThat(bar.records.find(NYC, new OrderId("o1")).orElseThrow().claim()).isPresent();
        bar.record(submitted(NYC, "o2", LATTE, "12:00:00", "s2"), completed(NYC, "o2", "12:09:00", "c2"));
        assertThat(bar.window(LATTES)).containsExactly(waited("o2", "12:09:00", 540));
    }

    // j. Window sizes.

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void j_a_window_of_n_holds_the_n_latest_completions_whatever_their_arrival(int n) {
        Bar bar = new Bar(windowOf(n));
        for (int i : new int[] {3, 1, 5, 2, 4}) {
            bar.record(completed(NYC, "o" + i, "12:0" + i + ":00", "c" + i));
        }
        for (int i : new int[] {2, 5, 4, 1, 3}) {
            bar.record(submitted(NYC, "o" + i, LATTE, "12:00:00", "s" + i));
        }
        List<Sample> all = List.of(waited("o5", "12:05:00", 300), waited("o4", "12:04:00", 240),
                waited("o3", "12:03:00", 180), waited("o2", "12:02:00", 120), waited("o1", "12:01:00", 60));

        assertThat(bar.window(LATTES)).containsExactlyElementsOf(all.subList(0, n));
        assertThat(bar.current(LATTES).orElseThrow().after().average())
                .isEqualTo(Duration.ofSeconds(all.subList(0, n).stream().mapToLong(Sample::value).sum() / 1000 / n));
    }

    // More of the contract.

    @Test
    void a_completion_waits_for_its_submission() {
        Bar bar = new Bar(windowOf(10));
        assertThat(bar.record(completed(NYC, "o1", "12:05:00", "c1")).updates()).isEmpty();
        assertThat(bar.current(LATTES)).isEmpty();

        Recorded<WaitFigures> r = bar.record(submitted(NYC, "o1", LATTE, "12:00:00", "s1"));

        assertThat(r.updates()).containsExactly(update(LATTES, List.of(), List.of(waited("o1", "12:05:00", 300))));
    }

    @Test
    void tenants_never_share_a_window_even_with_the_same_order_ids() {
        Bar bar = new Bar(windowOf(10));
        bar.record(submitted(NYC, "o1", LATTE, "12:00:00", "n1"), completed(NYC, "o1", "12:05:00", "n2"),
                submitted(LDN, "o1", LATTE, "12:00:00", "l1"), completed(LDN, "o1", "12:01:00", "l2"));

        assertThat(bar.window(LATTES)).containsExactly(waited("o1", "12:05:00", 300));
        assertThat(bar.window(key(LDN, LATTE))).containsExactly(waited("o1", "12:01:00", 60));
    }

    @Test
    void on_equal_completion_times_the_larger_order_id_counts_as_later() {
        Bar bar = new Bar(windowOf(1));
        bar.record(submitted(NYC, "o9", LATTE, "12:00:00", "s9"), completed(NYC, "o9", "12:05:00", "c9"),
                submitted(NYC, "o10", LATTE, "12:01:00", "s10"), completed(NYC, "o10", "12:05:00", "c10"));

        assertThat(bar.window(LATTES)).containsExactly(waited("o9", "12:05:00", 300));
    }

    @Test
    void two_submissions_at_the_same_time_go_to_the_smaller_event_id_in_either_order() {
        OrderEvent latte = submitted(NYC, "o1", LATTE, "12:00:00", "e2");
        OrderEvent mocha = submitted(NYC, "o1", MOCHA, "12:00:00", "e1");
        OrderEvent done = completed(NYC, "o1", "12:05:00", "c1");
        for (List<OrderEvent> day : List.of(List.of(latte, mocha, done), List.of(done, mocha, latte),
                List.of(mocha, done, latte))) {
            Bar bar = new Bar(windowOf(1));
            day.forEach(bar::record);

            assertThat(bar.window(MOCHAS)).as("after %s", day).containsExactly(waited("o1", "12:05:00", 300));
            assertThat(bar.window(LATTES)).as("after %s", day).isEmpty();
        }
    }
}
