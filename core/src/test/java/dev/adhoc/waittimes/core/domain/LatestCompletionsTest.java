package dev.adhoc.waittimes.core.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.adhoc.waittimes.core.domain.Samples.sample;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LatestCompletionsTest {
    private final LatestCompletions lastTwo = new LatestCompletions(2);

    @Test
    void keeps_the_latest_completions_up_to_its_capacity() {
        Window w = Window.empty();
        w = lastTwo.admit(w, sample("a", "12:00:00", "12:01:00"));
        w = lastTwo.admit(w, sample("b", "12:00:00", "12:03:00"));
        w = lastTwo.admit(w, sample("c", "12:00:00", "12:02:00"));

        assertThat(w.samples()).extracting(s -> s.orderId().value()).containsExactly("b", "c");
    }

    @Test
    void a_sample_older_than_a_full_window_leaves_it_equal() {
        Window full = lastTwo.admit(lastTwo.admit(Window.empty(), sample("b", "12:00:00", "12:03:00")),
                sample("c", "12:00:00", "12:02:00"));

        assertThat(lastTwo.admit(full, sample("a", "12:00:00", "12:01:00"))).isEqualTo(full);
    }

    @Test
    void on_equal_completion_times_the_larger_order_id_is_later() {
        Window w = new LatestCompletions(1).admit(Window.empty(), sample("a", "12:00:00", "12:05:00"));
        w = new LatestCompletions(1).admit(w, sample("b", "12:01:00", "12:05:00"));

        assertThat(w.samples()).extracting(s -> s.orderId().value()).containsExactly("b");
    }

    @Test
    void admitting_the_same_sample_twice_changes_nothing_and_a_new_value_replaces_the_old() {
        Window once = lastTwo.admit(Window.empty(), sample("a", "12:00:00", "12:01:00"));
        assertThat(lastTwo.admit(once, sample("a", "12:00:00", "12:01:00"))).isSameAs(once);

        Window replaced = lastTwo.admit(once, sample("a", "11:59:00", "12:01:00"));
        assertThat(replaced.samples()).containsExactly(sample("a", "11:59:00", "12:01:00"));
    }

    @Test
    void withdraws_an_order_and_is_unchanged_when_it_is_absent() {
        Window w = lastTwo.admit(Window.empty(), sample("a", "12:00:00", "12:01:00"));
        assertThat(lastTwo.withdraw(w, new OrderId("a")).isEmpty()).isTrue();
        assertThat(lastTwo.withdraw(w, new OrderId("z"))).isSameAs(w);
    }

    @Test
    void summarizes_mean_rounded_half_up_to_the_millisecond_and_nearest_rank_percentiles() {
        LatestCompletions ten = new LatestCompletions(10);
        Window w = Window.empty();
        for (int i = 1; i <= 10; i++) {
            w = ten.admit(w, sample("o" + i, "12:00:00", String.format("12:%02d:00", i)));
        }
        WaitFigures f = ten.summarize(w);
        assertThat(f.average()).isEqualTo(Duration.ofSeconds(330));
        assertThat(f.p50()).isEqualTo(Duration.ofMinutes(5));
        assertThat(f.p90()).isEqualTo(Duration.ofMinutes(9));
        assertThat(f.sampleSize()).isEqualTo(10);

        Window thirds = new Window(java.util.List.of(sample("a", "12:00:00", "12:00:01"),
                sample("b", "12:00:00", "12:00:01"), sample("c", "12:00:00", "12:00:00")));
        assertThat(ten.summarize(thirds).average()).isEqualTo(Duration.ofMillis(667));
    }

    @Test
    void an_empty_window_summarizes_to_zero_samples() {
        assertThat(lastTwo.summarize(Window.empty())).isEqualTo(
                new WaitFigures(Duration.ZERO, Duration.ZERO, Duration.ZERO, 0));
    }

    @Test
    void capacity_is_between_1_and_1000() {
        assertThatThrownBy(() -> new LatestCompletions(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LatestCompletions(1001)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new LatestCompletions(1000).capacity()).isEqualTo(1000);
    }

    @Test
    void a_window_rejects_two_samples_of_one_order() {
        assertThatThrownBy(() -> new Window(java.util.List.of(sample("a", "12:00:00", "12:01:00"),
                sample("a", "12:00:00", "12:02:00")))).isInstanceOf(IllegalArgumentException.class);
    }
}
