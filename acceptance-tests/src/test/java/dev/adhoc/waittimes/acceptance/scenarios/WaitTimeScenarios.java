package dev.adhoc.waittimes.acceptance.scenarios;

import dev.adhoc.waittimes.acceptance.dsl.BusEvent.Kind;
import dev.adhoc.waittimes.acceptance.dsl.CoffeeBar;
import dev.adhoc.waittimes.acceptance.dsl.ObservedRejection;
import dev.adhoc.waittimes.acceptance.dsl.ObservedWaitTime;
import dev.adhoc.waittimes.acceptance.dsl.WaitTimesDriver;
import dev.adhoc.waittimes.acceptance.dsl.WaitTimesWorld;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

import static dev.adhoc.waittimes.acceptance.dsl.WaitTimeAssert.assertThatWaitTime;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The contract's semantics (section 2), as scenarios in the coffee bar's words. Every driver runs all of them:
 * a subclass only says which driver.
 */
public abstract class WaitTimeScenarios {
    private WaitTimesWorld world;

    /** @return a new driver for one scenario */
    protected abstract WaitTimesDriver newDriver();

    @BeforeEach
    void openTheWorld() {
        world = new WaitTimesWorld(this::newDriver);
    }

    @AfterEach
    void closeTheWorld() {
        if (world != null) {   // null when the driver could not run here (an aborted scenario)
            world.close();
        }
    }

    @Nested
    @DisplayName("a wait time")
    class AWaitTime {
        @Test
        void is_the_time_from_entering_the_barista_queue_to_completion() {
            CoffeeBar nyc = world.coffeeBar("NYC");
            nyc.serves("o1", "Caffe Latte", "12:00:00", "12:02:30");

            assertThatWaitTime(nyc.waitTimeOf("Caffe Latte")).averages("150").over(1).ofAWindowOf(10);
        }

        @Test
        void averages_the_completed_orders_with_their_median_and_90th_percentile() {
            CoffeeBar nyc = world.coffeeBar("NYC");
            nyc.serves("o1", "Espresso", "12:00:00", "12:01:00")
               .serves("o2", "Espresso", "12:00:00", "12:02:00")
               .serves("o3", "Espresso", "12:00:00", "12:06:01");

            assertThatWaitTime(nyc.waitTimeOf("Espresso")).averages("180.333").hasPercentiles("120", "361").over(3);
        }

        @Test
        void keeps_millisecond_precision_in_the_average() {
            CoffeeBar nyc = world.coffeeBar("NYC");
            nyc.serves("o1", "Mocha", "12:00:00", "12:00:01")
               .serves("o2", "Mocha", "12:00:00", "12:00:01")
               .serves("o3", "Mocha", "12:00:00", "12:00:02");

            assertThatWaitTime(nyc.waitTimeOf("Mocha")).averages("1.333").over(3);
        }

        @Test
        void is_counted_under_the_older_completion_name_too() {
            CoffeeBar nyc = world.coffeeBar("NYC");
            nyc.submits("o1", "Mocha", "12:00:00").completesUnderTheOldName("o1", "12:01:00");

            assertThatWaitTime(nyc.waitTimeOf("Mocha")).averages("60").over(1);
        }
    }

    @Nested
    @DisplayName("the window")
    class TheWindow {
        @Test
        void averages_only_the_last_N_completed_orders_by_completion_time() {
            world.averagesTheLast(2);
            CoffeeBar nyc = world.coffeeBar("NYC");
            nyc.serves("o1", "Latte", "12:00:00", "12:10:00")   // 600 s, slides out
               .serves("o2", "Latte", "12:00:00", "12:11:00")   // 660 s
               .serves("o3", "Latte", "12:10:00", "12:12:00");  // 120 s

            assertThatWaitTime(nyc.waitTimeOf("Latte")).averages("390").over(2).ofAWindowOf(2);
        }

        @Test
        void orders_completions_at_the_same_second_by_order_id() {
            world.averagesTheLast(1);
            CoffeeBar nyc = world.coffeeBar("NYC");
            nyc.serves("o-b", "Latte", "12:00:00", "12:05:00")
               .serves("o-a", "Latte", "12:04:00", "12:05:00");  // same completion time, smaller id: earlier

            assertThatWaitTime(nyc.waitTimeOf("Latte")).averages("300").over(1);
            assertThat(nyc.updatesFor("Latte")).hasSize(1);
        }

        @Test
        void ignores_a_completion_older_than_a_full_window_and_emits_nothing_for_it() {
            world.averagesTheLast(2);
            CoffeeBar nyc = world.coffeeBar("NYC");
            nyc.serves("o2", "Latte", "12:00:00", "12:05:00")
               .serves("o3", "Latte", "12:00:00", "12:06:00")
               .serves("o1", "Latte", "12:00:00", "12:01:00");   // arrives late, completed before both

            assertThatWaitTime(nyc.waitTimeOf("Latte")).averages("330").over(2);
            assertThat(nyc.updatesFor("Latte")).hasSize(2);
        }

        @Test
        void is_kept_per_drink() {
            CoffeeBar nyc = world.coffeeBar("NYC");
            nyc.serves("o1", "Latte", "12:00:00", "12:01:00").serves("o2", "Espresso", "12:00:00", "12:03:00");

            assertThatWaitTime(nyc.waitTimeOf("Latte")).averages("60").over(1);
            assertThatWaitTime(nyc.waitTimeOf("Espresso")).averages("180").over(1);
        }

        @Test
        void is_kept_per_tenant_and_tenants_never_influence_each_other() {
            CoffeeBar nyc = world.coffeeBar("NYC");
            CoffeeBar ldn = world.coffeeBar("LDN");
            nyc.serves("o1", "Latte", "12:00:00", "12:01:00");
            ldn.serves("o1", "Latte", "12:00:00", "12:09:00");   // same order id, other tenant

            assertThatWaitTime(nyc.waitTimeOf("Latte")).averages("60").over(1);
            assertThatWaitTime(ldn.waitTimeOf("Latte")).averages("540").over(1);
        }
    }

    @Nested
    @DisplayName("cancellations and time-outs")
    class Cancellations {
        @Test
        void close_an_order_without_counting_it() {
            CoffeeBar nyc = world.coffeeBar("NYC");
            nyc.submits("o1", "Latte", "12:00:00").cancels("o1", "12:01:00").finishes("o1", "12:01:01");
            nyc.submits("o2", "Latte", "12:00:00").timesOut("o2", "12:15:00").finishes("o2", "12:15:01");

            assertThatWaitTime(nyc.waitTimeOf("Latte")).isNotShown();
            assertThat(world.rejections()).isEmpty();
        }

        @Test
        void do_not_uncount_an_order_that_has_a_completion() {
            CoffeeBar nyc = world.coffeeBar("NYC");
            nyc.cancels("o1", "12:01:30").serves("o1", "Latte", "12:00:00", "12:01:00").cancels("o1", "12:02:00");

            assertThatWaitTime(nyc.waitTimeOf("Latte")).averages("60").over(1);
            // the second cancellation is news about an order in the window: the same window is announced again
            assertThat(nyc.updatesFor("Latte")).hasSize(2).extracting(ObservedWaitTime::updateId).containsOnly(
                    nyc.updatesFor("Latte").get(0).updateId());
        }

        @Test
        void in_compatibility_mode_finished_orders_count_but_cancelled_ones_do_not() {
            world.countsFinishedOrders();
            CoffeeBar nyc = world.coffeeBar("NYC");
            nyc.submits("o1", "Latte", "12:00:00").finishes("o1", "12:02:00");
            nyc.submits("o2", "Latte", "12:00:00").cancels("o2", "12:01:00").finishes("o2", "12:01:01");
            nyc.submits("o3", "Latte", "12:00:00").finishes("o3", "12:01:02").timesOut("o3", "12:01:00");

            assertThatWaitTime(nyc.waitTimeOf("Latte")).averages("120").over(1);
        }

        @Test
        void in_compatibility_mode_a_late_cancellation_withdraws_the_counted_sample() {
            world.countsFinishedOrders();
            CoffeeBar nyc = world.coffeeBar("NYC");
            nyc.submits("o1", "Latte", "12:00:00").finishes("o1", "12:02:00");
            nyc.submits("o2", "Latte", "12:00:00").finishes("o2", "12:04:00");
            nyc.cancels("o2", "12:03:00");

            assertThatWaitTime(nyc.waitTimeOf("Latte")).averages("120").over(1);
        }
    }

    @Nested
    @DisplayName("order of arrival")
    class OrderOfArrival {
        @Test
        void a_completion_before_its_submission_waits_for_it() {
            CoffeeBar nyc = world.coffeeBar("NYC");
            nyc.completes("o1", "12:03:00");
            assertThatWaitTime(nyc.waitTimeOf("Latte")).isNotShown();

            nyc.submits("o1", "Latte", "12:00:00");
            assertThatWaitTime(nyc.waitTimeOf("Latte")).averages("180").over(1);
        }

        @Test
        void a_redelivery_changes_nothing_and_announces_the_window_again_with_the_same_update_id() {
            CoffeeBar nyc = world.coffeeBar("NYC");
            nyc.serves("o1", "Latte", "12:00:00", "12:03:00");
            world.redeliverTheLastEvent();
            world.redeliverEverything();

            assertThatWaitTime(nyc.waitTimeOf("Latte")).averages("180").over(1);
            // once when counted, then once per redelivery of its order's events: always the same window
            List<ObservedWaitTime> updates = nyc.updatesFor("Latte");
            assertThat(updates).hasSize(5).containsOnly(updates.get(0));
        }

        @Test
        void a_redelivery_of_an_order_in_no_window_emits_nothing() {
            world.averagesTheLast(1);
            CoffeeBar nyc = world.coffeeBar("NYC");
            nyc.serves("o1", "Latte", "12:00:00", "12:01:00")
               .serves("o2", "Latte", "12:00:00", "12:02:00")      // pushes o1 out of the window of one
               .submits("o3", "Latte", "12:00:00");               // not completed: in no window
            world.redeliverTheEventsOf("o1");
            world.redeliverTheEventsOf("o3");

            assertThatWaitTime(nyc.waitTimeOf("Latte")).averages("120").over(1);
            assertThat(nyc.updatesFor("Latte")).hasSize(2);
        }

        @Test
        void when_two_submissions_disagree_the_earliest_wins_whichever_arrives_first() {
            CoffeeBar laterFirst = world.coffeeBar("NYC");
            laterFirst.submits("o1", "Latte", "12:01:00").completes("o1", "12:03:00");
            assertThatWaitTime(laterFirst.waitTimeOf("Latte")).averages("120");
            laterFirst.submits("o1", "Latte", "12:00:00");   // the earlier report of the same submission wins
            assertThatWaitTime(laterFirst.waitTimeOf("Latte")).averages("180").over(1);

            CoffeeBar earlierFirst = world.inAnotherArrivalOrder().coffeeBar("NYC");
            earlierFirst.submits("o1", "Latte", "12:00:00").completes("o1", "12:03:00");
            String counted = earlierFirst.waitTimeOf("Latte").orElseThrow().updateId();
            earlierFirst.submits("o1", "Latte", "12:01:00");   // the later report loses: the window stays
            assertThatWaitTime(earlierFirst.waitTimeOf("Latte")).averages("180").over(1);
            assertThat(earlierFirst.updatesFor("Latte")).extracting(ObservedWaitTime::updateId).containsOnly(counted);
        }

        @Test
        void an_order_whose_earliest_submission_names_another_drink_moves_to_that_drink() {
            CoffeeBar nyc = world.coffeeBar("NYC");
            nyc.serves("o1", "Latte", "12:01:00", "12:03:00");
            nyc.submits("o1", "Mocha", "12:00:00");

            assertThatWaitTime(nyc.waitTimeOf("Mocha")).averages("180").over(1);
            assertThatWaitTime(nyc.waitTimeOf("Latte")).over(0);
        }
    }

    @Nested
    @DisplayName("exact windows in any arrival order")
    class ExactWindows {
        @Test
        void an_earlier_completion_report_that_arrives_last_brings_back_the_sample_it_had_pushed_out() {
            world.averagesTheLast(1);
            CoffeeBar inTimeOrder = world.coffeeBar("NYC");
            inTimeOrder.submits("o1", "Caffe Latte", "12:00:00").submits("o2", "Caffe Latte", "12:00:00")
                       .completes("o1", "12:05:00")
                       .completes("o2", "12:06:00")     // o2's first report: o1 leaves the window of one
                       .completes("o2", "12:04:00");    // o2's earlier report wins: o2 completed before o1

            CoffeeBar earlierReportFirst = world.inAnotherArrivalOrder().coffeeBar("NYC");
            earlierReportFirst.completes("o2", "12:04:00")
                              .submits("o1", "Caffe Latte", "12:00:00").submits("o2", "Caffe Latte", "12:00:00")
                              .completes("o1", "12:05:00").completes("o2", "12:06:00");

            assertThatWaitTime(inTimeOrder.waitTimeOf("Caffe Latte")).averages("300").over(1);
            assertThatWaitTime(earlierReportFirst.waitTimeOf("Caffe Latte")).averages("300").over(1);
            sameWindowInBothArrivalOrders(inTimeOrder, earlierReportFirst, "Caffe Latte");
        }

        @Test
        void an_earlier_submission_naming_another_drink_moves_the_order_and_the_next_one_comes_back() {
            world.averagesTheLast(2);
            List<CoffeeBar> moveLastAndFirst = theReportLastAndFirst(this::aLatteRush, "180",
                    nyc -> nyc.submits("o3", "Mocha", "12:00:30"));      // o3's earlier report: it was a Mocha

            for (CoffeeBar nyc : moveLastAndFirst) {
                assertThatWaitTime(nyc.waitTimeOf("Latte")).averages("150").over(2);     // o2 and o1, back
                assertThatWaitTime(nyc.waitTimeOf("Mocha")).averages("210").over(1);     // o3
            }
            sameWindowInBothArrivalOrders(moveLastAndFirst.get(0), moveLastAndFirst.get(1), "Latte");
            sameWindowInBothArrivalOrders(moveLastAndFirst.get(0), moveLastAndFirst.get(1), "Mocha");
        }

        @Test
        void in_compatibility_mode_a_cancellation_after_counting_brings_the_next_order_back_into_a_full_window() {
            world.countsFinishedOrders().averagesTheLast(2);
            List<CoffeeBar> cancelLastAndFirst = theReportLastAndFirst(this::finishedOrders, "210",
                    nyc -> nyc.cancels("o3", "12:03:30"));

            for (CoffeeBar nyc : cancelLastAndFirst) {
                assertThatWaitTime(nyc.waitTimeOf("Latte")).averages("150").over(2);     // o2 and o1, back
            }
            sameWindowInBothArrivalOrders(cancelLastAndFirst.get(0), cancelLastAndFirst.get(1), "Latte");
        }

        @Test
        void an_earlier_completion_report_that_makes_a_counted_wait_negative_withdraws_it_and_the_next_order_comes_back() {
            world.averagesTheLast(2);
            CoffeeBar nyc = world.coffeeBar("NYC");
            aLatteRushOfThree(nyc);
            assertThatWaitTime(nyc.waitTimeOf("Latte")).averages("210").over(2);   // o3 and o2

            nyc.completes("o3", "11:59:00");       // o3's earlier completion report: before its submission

            assertThatWaitTime(nyc.waitTimeOf("Latte")).averages("150").over(2);   // o2 and o1
            assertThat(world.rejections()).extracting(ObservedRejection::reason).containsExactly("NEGATIVE_WAIT");
        }

        @Test
        void an_earlier_submission_report_that_makes_a_counted_wait_too_long_withdraws_it_and_the_next_order_comes_back() {
            world.averagesTheLast(2);
            CoffeeBar nyc = world.coffeeBar("NYC");
            aLatteRushOfThree(nyc);

            nyc.submits("o3", "Latte", "11:45:00");   // o3's earlier submission report: a wait of 19 minutes

            assertThatWaitTime(nyc.waitTimeOf("Latte")).averages("150").over(2);   // o2 and o1
            assertThat(world.rejections()).extracting(ObservedRejection::reason)
                    .containsExactly("WAIT_ABOVE_CEILING");
        }

        @Test
        void a_burst_of_withdrawals_from_a_full_window_brings_back_the_orders_before_them_without_a_new_completion() {
            world.averagesTheLast(3);
            CoffeeBar nyc = world.coffeeBar("NYC");
            for (int i = 1; i <= 6; i++) {
                nyc.serves("o" + i, "Latte", "12:00:00", "12:0" + i + ":00");   // waits of 60 s to 360 s
            }
            assertThatWaitTime(nyc.waitTimeOf("Latte")).averages("300").over(3);   // o6, o5, o4

            nyc.completes("o6", "11:59:00")               // an earlier completion report: a negative wait
               .submits("o5", "Latte", "11:40:00")          // an earlier submission report: 25 minutes
               .submits("o4", "Mocha", "11:59:00");         // an earlier submission report of another drink

            assertThatWaitTime(nyc.waitTimeOf("Latte")).averages("120").over(3);   // o3, o2, o1
            assertThatWaitTime(nyc.waitTimeOf("Mocha")).averages("300").over(1);   // o4
            assertThat(world.rejections()).extracting(ObservedRejection::reason)
                    .containsExactlyInAnyOrder("NEGATIVE_WAIT", "WAIT_ABOVE_CEILING");
        }

        @Test
        void a_negative_wait_gets_the_same_rejection_id_in_either_arrival_order_and_a_redelivery_repeats_only_it() {
            CoffeeBar submissionFirst = world.coffeeBar("NYC");
            submissionFirst.submits("o1", "Latte", "12:05:00").completes("o1", "12:00:00");
            WaitTimesWorld other = world.inAnotherArrivalOrder();
            CoffeeBar completionFirst = other.coffeeBar("NYC");
            completionFirst.completes("o1", "12:00:00").submits("o1", "Latte", "12:05:00");

            assertThat(world.rejections()).extracting(ObservedRejection::reason).containsExactly("NEGATIVE_WAIT");
            assertThat(other.rejections()).extracting(ObservedRejection::reason).containsExactly("NEGATIVE_WAIT");
            String id = world.rejections().get(0).id();
            world.redeliverEverything();
            assertThat(world.rejections()).hasSize(3).extracting(ObservedRejection::id).containsOnly(id);
            assertThatWaitTime(submissionFirst.waitTimeOf("Latte")).isNotShown();
            assertThatWaitTime(completionFirst.waitTimeOf("Latte")).isNotShown();

            assumeTrue(world.idsComparableAcrossArrivalOrders(),
                    "this driver gives each extension tenant names of its own, so ids of its own");
            assertThat(other.rejections().get(0).id()).isEqualTo(id);
            assertThat(other.rejections().get(0).eventRef()).isEqualTo(world.rejections().get(0).eventRef());
        }

        /** o1, o2 and o3 of Latte: waits of 120 s, 180 s, 180 s, completed at 12:02, 12:03, 12:04. */
        private void aLatteRush(CoffeeBar nyc) {
            nyc.serves("o1", "Latte", "12:00:00", "12:02:00")
               .serves("o2", "Latte", "12:00:00", "12:03:00")
               .serves("o3", "Latte", "12:01:00", "12:04:00");
        }

        /** o1, o2 and o3 of Latte submitted at 12:00: waits of 120 s, 180 s, 240 s. */
        private void aLatteRushOfThree(CoffeeBar nyc) {
            nyc.serves("o1", "Latte", "12:00:00", "12:02:00")
               .serves("o2", "Latte", "12:00:00", "12:03:00")
               .serves("o3", "Latte", "12:00:00", "12:04:00");
        }

        /** The same, in compatibility mode: each order's workflow finishes instead. */
        private void finishedOrders(CoffeeBar nyc) {
            nyc.submits("o1", "Latte", "12:00:00").finishes("o1", "12:02:00")
               .submits("o2", "Latte", "12:00:00").finishes("o2", "12:03:00")
               .submits("o3", "Latte", "12:00:00").finishes("o3", "12:04:00");
        }

        /**
         * The orders of a bar with one report that arrives last, once the orders have filled the window of two (o3
         * and o2 counted, averaging {@code averageBefore} seconds), and in another arrival order, where it arrives
         * first.
         *
         * @return the bar that got the report last, and the one that got it first
         */
        private List<CoffeeBar> theReportLastAndFirst(Consumer<CoffeeBar> orders, String averageBefore,
                                                      Consumer<CoffeeBar> report) {
            CoffeeBar last = world.coffeeBar("NYC");
            orders.accept(last);
            assertThatWaitTime(last.waitTimeOf("Latte")).averages(averageBefore).over(2);   // o3 and o2
            report.accept(last);

            CoffeeBar first = world.inAnotherArrivalOrder().coffeeBar("NYC");
            report.accept(first);
            orders.accept(first);
            return List.of(last, first);
        }

        /** Both arrival orders show the very same window (same update id), where ids compare across extensions. */
        private void sameWindowInBothArrivalOrders(CoffeeBar one, CoffeeBar other, String drink) {
            if (world.idsComparableAcrossArrivalOrders()) {
                assertThat(other.waitTimeOf(drink).orElseThrow().updateId())
                        .isEqualTo(one.waitTimeOf(drink).orElseThrow().updateId());
            }
        }
    }

    @Nested
    @DisplayName("rejected input")
    class Rejections {
        @Test
        void a_completion_before_the_submission_is_rejected_as_a_negative_wait() {
            CoffeeBar nyc = world.coffeeBar("NYC");
            nyc.serves("o1", "Latte", "12:05:00", "12:00:00");

            assertThatWaitTime(nyc.waitTimeOf("Latte")).isNotShown();
            assertThat(world.rejections()).extracting(ObservedRejection::reason).containsExactly("NEGATIVE_WAIT");
        }

        @Test
        void a_wait_above_the_ceiling_is_rejected_and_one_at_the_ceiling_is_counted() {
            world.rejectsWaitsAbove(Duration.ofMinutes(15));
            CoffeeBar nyc = world.coffeeBar("NYC");
            nyc.serves("o1", "Latte", "12:00:00", "12:15:01");
            nyc.serves("o2", "Latte", "12:00:00", "12:15:00");

            assertThatWaitTime(nyc.waitTimeOf("Latte")).averages("900").over(1);
            assertThat(world.rejections()).extracting(ObservedRejection::reason).containsExactly("WAIT_ABOVE_CEILING");
        }

        @Test
        void events_missing_an_order_id_a_tenant_or_a_drink_are_rejected_with_their_reason() {
            world.coffeeBar("NYC").sendsRaw(Kind.SUBMITTED, null, "Latte", "2026-11-27T12:00:00Z");
            world.coffeeBar("NYC").sendsRaw(Kind.SUBMITTED, "o2", null, "2026-11-27T12:00:00Z");
            world.coffeeBar(null).sendsRaw(Kind.SUBMITTED, "o3", "Latte", "2026-11-27T12:00:00Z");

            assertThat(world.rejections()).extracting(ObservedRejection::reason)
                    .containsExactly("MISSING_FIELD", "MISSING_FIELD", "MISSING_FIELD");
            assertThat(world.rejections()).allSatisfy(r -> assertThat(r.message()).isNotBlank());
        }

        @Test
        void an_unparsable_time_and_an_unknown_tenant_format_are_rejected() {
            world.coffeeBar("NYC").sendsRaw(Kind.SUBMITTED, "o1", "Latte", "yesterday at noon");
            world.coffeeBar("NYC#LDN").sendsRaw(Kind.SUBMITTED, "o2", "Latte", "2026-11-27T12:00:00Z");

            assertThat(world.rejections()).extracting(ObservedRejection::reason)
                    .containsExactly("UNPARSABLE_TIME", "INVALID_TENANT");
        }

        @Test
        void one_bad_event_never_stops_the_others() {
            CoffeeBar nyc = world.coffeeBar("NYC");
            nyc.submits("o1", "Latte", "12:00:00");
            nyc.sendsRaw(Kind.COMPLETED, "o1", null, "not a time");
            nyc.completes("o1", "12:02:00").serves("o2", "Latte", "12:00:00", "12:04:00");

            assertThatWaitTime(nyc.waitTimeOf("Latte")).averages("180").over(2);
            assertThat(world.rejections()).hasSize(1);
        }

        @Test
        void other_traffic_on_the_bus_is_ignored_without_error() {
            CoffeeBar nyc = world.coffeeBar("NYC");
            nyc.changesItsConfiguration("12:00:00").serves("o1", "Latte", "12:00:00", "12:01:00");

            assertThat(world.rejections()).isEmpty();
            assertThat(world.updates()).hasSize(1);
        }
    }
}
