package dev.adhoc.waittimes.core.engine;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

import static dev.adhoc.waittimes.core.testing.CoffeeBar.order;
import static dev.adhoc.waittimes.core.testing.CoffeeBar.sample;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The index as it was before an event: the event's order's samples taken out, its earlier sample put back. */
class SwappedTest {
    private static final Sample A = sample("a", "12:04:00", 4);
    private static final Sample B = sample("b", "12:03:00", 3);
    private static final Sample C = sample("c", "12:02:00", 2);

    private static List<Sample> all(Iterator<Sample> it) {
        List<Sample> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }

    @Test
    void puts_the_earlier_sample_back_in_its_place() {
        Sample bBefore = sample("b", "12:01:00", 9);

        assertThat(all(new Swapped(List.of(A, B, C).iterator(), order("b"), Optional.of(bBefore))))
                .containsExactly(A, C, bBefore);
    }

    @Test
    void with_no_earlier_sample_the_order_is_taken_out() {
        assertThat(all(new Swapped(List.of(A, B, C).iterator(), order("a"), Optional.empty()))).containsExactly(B, C);
        assertThat(all(new Swapped(List.of(A).iterator(), order("a"), Optional.empty()))).isEmpty();
    }

    @Test
    void an_order_absent_now_is_put_back_first_last_or_between() {
        assertThat(all(new Swapped(List.of(B, C).iterator(), order("z"), Optional.of(sample("z", "12:09:00", 1)))))
                .extracting(s -> s.orderId().value()).containsExactly("z", "b", "c");
        assertThat(all(new Swapped(List.of(B, C).iterator(), order("z"), Optional.of(sample("z", "11:00:00", 1)))))
                .extracting(s -> s.orderId().value()).containsExactly("b", "c", "z");
        assertThat(all(new Swapped(List.<Sample>of().iterator(), order("z"), Optional.of(C)))).containsExactly(C);
    }

    @Test
    void on_equal_times_the_larger_order_id_comes_first() {
        Sample b2 = sample("b", "12:02:00", 1);
        Sample d = sample("d", "12:02:00", 1);

        assertThat(all(new Swapped(List.of(d, C).iterator(), order("b"), Optional.of(b2)))).containsExactly(d, C, b2);
        assertThat(all(new Swapped(List.of(C).iterator(), order("d"), Optional.of(d)))).containsExactly(d, C);
    }

    @Test
    void takes_out_every_sample_of_the_order() {
        Sample aAgain = sample("a", "12:00:00", 1);

        assertThat(all(new Swapped(List.of(A, B, aAgain).iterator(), order("a"), Optional.empty()))).containsExactly(B);
    }

    @Test
    void ends_like_an_iterator() {
        Iterator<Sample> it = new Swapped(List.of(A).iterator(), order("x"), Optional.empty());
        it.next();

        assertThat(it.hasNext()).isFalse();
        assertThatThrownBy(it::next).isInstanceOf(NoSuchElementException.class);
    }
}
