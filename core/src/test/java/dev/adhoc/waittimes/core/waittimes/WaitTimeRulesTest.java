package dev.adhoc.waittimes.core.waittimes;

import dev.adhoc.waittimes.core.domain.Occurrence;
import dev.adhoc.waittimes.core.domain.OrderId;
import dev.adhoc.waittimes.core.domain.OrderRecord;
import dev.adhoc.waittimes.core.domain.RejectionReason;
import dev.adhoc.waittimes.core.domain.Submission;
import dev.adhoc.waittimes.core.engine.Counting;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static dev.adhoc.waittimes.core.testing.CoffeeBar.LATTE;
import static dev.adhoc.waittimes.core.testing.CoffeeBar.NYC;
import static dev.adhoc.waittimes.core.testing.CoffeeBar.at;
import static dev.adhoc.waittimes.core.testing.CoffeeBar.cancelled;
import static dev.adhoc.waittimes.core.testing.CoffeeBar.completed;
import static dev.adhoc.waittimes.core.testing.CoffeeBar.key;
import static dev.adhoc.waittimes.core.testing.CoffeeBar.submitted;
import static dev.adhoc.waittimes.core.testing.CoffeeBar.timedOut;
import static org.assertj.core.api.Assertions.assertThat;

class WaitTimeRulesTest {
    private static final Instant EXPIRY = at("23:00:00");
    private static final WaitTimeRules COMPLETED = new WaitTimeRules(Duration.ofMinutes(15), CompletionMode.COMPLETED);
    private static final WaitTimeRules FINISHED = new WaitTimeRules(Duration.ofMinutes(15), CompletionMode.FINISHED);
    private static final Submission NOON = new Submission(LATTE, new Occurrence(at("12:00:00"), "s1"));

    private static Occurrence done(Instant at) {
        return new Occurrence(at, "c1");
    }

    @Test
    void the_key_is_tenant_and_drink_and_there_is_none_without_a_drink() {
        assertThat(COMPLETED.key(NYC, Optional.of(LATTE))).contains(key(NYC, LATTE));
        assertThat(COMPLETED.key(NYC, Optional.empty())).isEmpty();
    }

    @Test
    void waits_from_zero_to_the_ceiling_inclusive_are_allowed() {
        Instant noon = at("12:00:00");
        assertThat(COMPLETED.check(NOON, done(noon))).isEmpty();
        assertThat(COMPLETED.check(NOON, done(noon.plus(Duration.ofMinutes(15))))).isEmpty();
    }

    @Test
    void a_negative_wait_and_a_wait_above_the_ceiling_are_violations_to_the_millisecond() {
        Instant noon = at("12:00:00");
        assertThat(COMPLETED.check(NOON, done(noon.minusMillis(1)))).map(Counting.Violation::reason)
                .contains(RejectionReason.NEGATIVE_WAIT);
        assertThat(COMPLETED.check(NOON, done(noon.plus(Duration.ofMinutes(15)).plusMillis(1))))
                .map(Counting.Violation::reason).contains(RejectionReason.WAIT_ABOVE_CEILING);
        assertThat(COMPLETED.check(NOON, done(noon.minusSeconds(30)))).map(Counting.Violation::message).get()
                .asString().contains("c1").contains("s1");
    }

    @Test
    void the_value_is_the_wait_of_the_winning_reports_in_milliseconds() {
        OrderRecord r = OrderRecord.empty(NYC, new OrderId("o1"))
                .merge(submitted(NYC, "o1", LATTE, "12:01:00", "s2"), EXPIRY)
                .merge(submitted(NYC, "o1", LATTE, "12:00:00", "s1"), EXPIRY)
                .merge(completed(NYC, "o1", "12:06:00", "c2"), EXPIRY)
                .merge(completed(NYC, "o1", "12:05:00", "c1"), EXPIRY);

        assertThat(COMPLETED.value(r)).hasValue(300_000);
        assertThat(COMPLETED.value(OrderRecord.empty(NYC, new OrderId("o1"))
                .merge(completed(NYC, "o1", "12:06:00", "c2"), EXPIRY))).isEmpty();
    }

    @Test
    void a_closing_excludes_the_order_only_in_finished_mode() {
        OrderRecord r = OrderRecord.empty(NYC, new OrderId("o1"))
                .merge(submitted(NYC, "o1", LATTE, "12:00:00", "s1"), EXPIRY)
                .merge(completed(NYC, "o1", "12:05:00", "c1"), EXPIRY);
        OrderRecord cancelled = r.merge(cancelled(NYC, "o1", "12:06:00", "x1"), EXPIRY);
        OrderRecord timedOut = r.merge(timedOut(NYC, "o1", "11:00:00", "x2"), EXPIRY);

        assertThat(COMPLETED.value(cancelled)).hasValue(300_000);
        assertThat(FINISHED.value(r)).hasValue(300_000);
        assertThat(FINISHED.value(cancelled)).isEmpty();
        assertThat(FINISHED.value(timedOut)).isEmpty();
    }
}
