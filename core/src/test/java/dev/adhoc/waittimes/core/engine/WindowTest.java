package dev.adhoc.waittimes.core.engine;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dev.adhoc.waittimes.core.testing.CoffeeBar.at;
import static dev.adhoc.waittimes.core.testing.CoffeeBar.order;
import static dev.adhoc.waittimes.core.testing.CoffeeBar.sample;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WindowTest {
    @Test
    void sorts_latest_first_and_on_equal_times_the_larger_order_id_first() {
        Sample early = sample("o9", "12:01:00", 1);
        Sample tieSmall = sample("o1", "12:05:00", 2);
        Sample tieLarge = sample("o2", "12:05:00", 3);
        Window w = new Window(new ArrayList<>(List.of(early, tieSmall, tieLarge)));

        assertThat(w.samples()).containsExactly(tieLarge, tieSmall, early);
        assertThat(w.latest()).contains(at("12:05:00"));
        assertThat(w.size()).isEqualTo(3);
    }

    @Test
    void lexicographic_order_ids_o10_is_smaller_than_o9() {
        assertThat(new Window(List.of(sample("o10", "12:05:00", 1), sample("o9", "12:05:00", 2))).samples())
                .extracting(s -> s.orderId().value()).containsExactly("o9", "o10");
    }

    @Test
    void holds_at_most_one_sample_per_order() {
        assertThatThrownBy(() -> new Window(List.of(sample("o1", "12:05:00", 1), sample("o1", "12:06:00", 1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("o1");
    }

    @Test
    void contains_the_exact_sample_and_finds_an_orders_sample() {
        Window w = new Window(List.of(sample("o1", "12:05:00", 7)));

        assertThat(w.contains(sample("o1", "12:05:00", 7))).isTrue();
        assertThat(w.contains(sample("o1", "12:05:00", 8))).isFalse();
        assertThat(w.contains(sample("o1", "12:04:00", 7))).isFalse();
        assertThat(w.sampleOf(order("o1"))).contains(sample("o1", "12:05:00", 7));
        assertThat(w.sampleOf(order("o2"))).isEmpty();
    }

    @Test
    void the_empty_window_has_no_latest_and_equals_any_empty_window() {
        assertThat(Window.empty().isEmpty()).isTrue();
        assertThat(Window.empty().latest()).isEmpty();
        assertThat(new Window(List.of())).isEqualTo(Window.empty());
    }

    @Test
    void is_immutable() {
        List<Sample> samples = new ArrayList<>(List.of(sample("o1", "12:05:00", 7)));
        Window w = new Window(samples);
        samples.clear();

        assertThat(w.size()).isEqualTo(1);
        assertThatThrownBy(() -> w.samples().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
