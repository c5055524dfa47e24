package dev.adhoc.waittimes.core.engine;

import dev.adhoc.waittimes.core.domain.OrderId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static dev.adhoc.waittimes.core.testing.CoffeeBar.at;
import static dev.adhoc.waittimes.core.testing.CoffeeBar.sample;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** latest - span &lt; t &lt;= latest, in event time. */
class SamplesWithinTest {
    private static final SamplesWithin TEN_MINUTES = new SamplesWithin(Duration.ofMinutes(10));

    private static Sample s(String order, Instant at) {
        return new Sample(new OrderId(order), at, 1);
    }

    @Test
    void a_sample_exactly_one_span_before_the_latest_is_out_one_nanosecond_later_is_in() {
        Instant latest = at("12:30:00");
        Sample newest = s("o3", latest);
        Sample justIn = s("o2", latest.minus(Duration.ofMinutes(10)).plusNanos(1));
        Sample onTheEdge = s("o1", latest.minus(Duration.ofMinutes(10)));

        assertThat(TEN_MINUTES.select(new Pulled(newest, justIn, onTheEdge)).samples()).containsExactly(newest, justIn);
    }

    @Test
    void every_sample_at_the_latest_time_is_in() {
        Sample a = sample("o9", "12:30:00", 1);
        Sample b = sample("o1", "12:30:00", 2);

        assertThat(TEN_MINUTES.select(new Pulled(a, b)).samples()).containsExactly(a, b);
    }

    @Test
    void stops_pulling_at_the_first_sample_outside() {
        Pulled samples = new Pulled(sample("o4", "12:30:00", 1), sample("o3", "12:19:00", 1),
                sample("o2", "12:18:00", 1), sample("o1", "12:17:00", 1));

        assertThat(TEN_MINUTES.select(samples).size()).isEqualTo(1);
        assertThat(samples.pulled()).isEqualTo(2);
    }

    @Test
    void the_window_follows_the_keys_latest_completion_not_the_clock() {
        assertThat(TEN_MINUTES.select(new Pulled(sample("o1", "01:00:00", 1))).size()).isEqualTo(1);
        assertThat(TEN_MINUTES.select(new Pulled()).isEmpty()).isTrue();
    }

    @Test
    void a_span_must_be_positive() {
        assertThatThrownBy(() -> new SamplesWithin(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SamplesWithin(Duration.ofNanos(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SamplesWithin(null)).isInstanceOf(NullPointerException.class);
        assertThat(new SamplesWithin(Duration.ofNanos(1)).select(new Pulled(sample("o2", "12:00:00", 1),
                sample("o1", "12:00:00", 2))).size()).as("a one-nanosecond span keeps only the latest instant").isEqualTo(2);
    }
}
