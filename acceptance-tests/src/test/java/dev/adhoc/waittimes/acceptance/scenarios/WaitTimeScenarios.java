package dev.adhoc.waittimes.acceptance.scenarios;

import dev.adhoc.waittimes.acceptance.dsl.BusEvent.Kind;
import dev.adhoc.waittimes.acceptance.dsl.CoffeeBar;
import dev.adhoc.waittimes.acceptance.dsl.ObservedRejection;
import dev.adhoc.waittimes.acceptance.dsl.WaitTimesDriver;
import dev.adhoc.waittimes.acceptance.dsl.WaitTimesWorld;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.adhoc.waittimes.acceptance.dsl.WaitTimeAssert.assertThatWaitTime;
import static org.assertj.core.api.Assertions.assertThat;

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
        world = new WaitTimesWorld(newDriver());
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
            assertThat(nyc.updatesFor("Latte")).hasSize(1);
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
        void a_duplicate_changes_nothing_and_emits_nothing() {
            CoffeeBar nyc = world.coffeeBar("NYC");
            nyc.serves("o1", "Latte", "12:00:00", "12:03:00");
            world.redeliverTheLastEvent();
            world.redeliverEverything();

            assertThatWaitTime(nyc.waitTimeOf("Latte")).averages("180").over(1);
            assertThat(nyc.updatesFor("Latte")).hasSize(1);
        }

        @Test
        void when_two_submissions_disagree_the_earliest_wins_whichever_arrives_first() {
            CoffeeBar nyc = world.coffeeBar("NYC");
            nyc.submits("o1", "Latte", "12:01:00").completes("o1", "12:03:00");
            assertThatWaitTime(nyc.waitTimeOf("Latte")).averages("120");

            nyc.submits("o1", "Latte", "12:00:00");   // the earlier report of the same submission
            assertThatWaitTime(nyc.waitTimeOf("Latte")).averages("180").over(1);

            nyc.submits("o1", "Latte", "12:02:00");   // a later one loses
            assertThatWaitTime(nyc.waitTimeOf("Latte")).averages("180").over(1);
            assertThat(nyc.updatesFor("Latte")).hasSize(2);
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
