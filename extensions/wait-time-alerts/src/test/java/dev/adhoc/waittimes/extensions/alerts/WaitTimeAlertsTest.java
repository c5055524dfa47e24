package dev.adhoc.waittimes.extensions.alerts;

import dev.adhoc.waittimes.core.domain.Drink;
import dev.adhoc.waittimes.core.domain.Occurrence;
import dev.adhoc.waittimes.core.domain.OrderCompleted;
import dev.adhoc.waittimes.core.domain.OrderId;
import dev.adhoc.waittimes.core.domain.OrderRecord;
import dev.adhoc.waittimes.core.domain.OrderSubmitted;
import dev.adhoc.waittimes.core.domain.RejectionReason;
import dev.adhoc.waittimes.core.domain.Submission;
import dev.adhoc.waittimes.core.domain.TenantId;
import dev.adhoc.waittimes.core.engine.Counting;
import dev.adhoc.waittimes.core.engine.LatestSamples;
import dev.adhoc.waittimes.core.engine.Sample;
import dev.adhoc.waittimes.core.engine.Window;
import dev.adhoc.waittimes.core.engine.WindowKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class WaitTimeAlertsTest {
    private static final TenantId NYC = new TenantId("NYC");
    private static final Drink LATTE = new Drink("Caffe Latte");
    private static final Instant NOON = Instant.parse("2026-11-27T12:00:00Z");
    private static final Counting COUNTING = WaitTimeAlerts.configuration().counting();

    @Test
    void theConfigurationIsNamedForItsKeysAndTakesTheLast20Completions() {
        assertThat(WaitTimeAlerts.configuration().name()).isEqualTo("wait-time-alerts");
        assertThat(WaitTimeAlerts.configuration().policy()).isEqualTo(new LatestSamples(20));
    }

    @Test
    void anOrderCountsInItsTenantsAndDrinksWindowOnlyOnceItsDrinkIsKnown() {
        assertThat(COUNTING.key(NYC, Optional.of(LATTE))).contains(new WindowKey(NYC, LATTE));
        assertThat(COUNTING.key(NYC, Optional.empty())).isEmpty();
    }

    @Test
    void theValueIsTheWaitInMillisecondsOfTheWinningReportsHoweverLong() {
        OrderRecord record = OrderRecord.empty(NYC, new OrderId("o1"))
                .merge(new OrderSubmitted(NYC, new OrderId("o1"), LATTE, new Occurrence(NOON, "s")), NOON)
                .merge(new OrderCompleted(NYC, new OrderId("o1"), new Occurrence(NOON.plus(Duration.ofHours(2)), "c")), NOON);

        assertThat(COUNTING.value(record)).isEqualTo(OptionalLong.of(Duration.ofHours(2).toMillis()));
        assertThat(COUNTING.value(OrderRecord.empty(NYC, new OrderId("o2")))).isEmpty();
    }

    @Test
    void onlyANegativeWaitIsRejectedNotALongOne() {
        Submission submitted = new Submission(LATTE, new Occurrence(NOON, "s"));

        assertThat(COUNTING.check(submitted, new Occurrence(NOON.minusMillis(1), "c")))
                .hasValueSatisfying(v -> {
                    assertThat(v.reason()).isEqualTo(RejectionReason.NEGATIVE_WAIT);
                    assertThat(v.message()).contains("event c", "event s", "before it was submitted");
                });
        assertThat(COUNTING.check(submitted, new Occurrence(NOON, "c"))).isEmpty();
        assertThat(COUNTING.check(submitted, new Occurrence(NOON.plus(Duration.ofDays(1)), "c"))).isEmpty();
    }

    @ParameterizedTest(name = "p90 of {0} is {1}")
    @CsvSource(delimiter = '|', value = {
            "              | 0",
            "7             | 7",
            "1 2 3 4 5 6 7 8 9  | 9",            // 9 samples: rank 9, the largest
            "1 2 3 4 5 6 7 8 9 10 | 9",          // 10 samples: rank 9
            "10 9 8 7 6 5 4 3 2 1 11 | 10",      // 11 samples: rank 10, order of the window does not matter
            "1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 50 60 | 1",   // 20 samples: rank 18
            "1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 40 50 60 | 40",
    })
    void p90IsTheNearestRank(String waits, long expected) {
        long[] values = waits == null ? new long[0] : Arrays.stream(waits.trim().split(" +")).mapToLong(Long::parseLong).toArray();
        List<Sample> samples = IntStream.range(0, values.length)
                .mapToObj(i -> new Sample(new OrderId("o" + i), NOON.plusSeconds(i), values[i])).toList();

        assertThat(WaitTimeAlerts.p90(new Window(samples))).isEqualTo(Duration.ofMillis(expected));
    }
}
