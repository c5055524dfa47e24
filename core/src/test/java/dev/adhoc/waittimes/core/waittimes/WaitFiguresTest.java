package dev.adhoc.waittimes.core.waittimes;

import dev.adhoc.waittimes.core.domain.OrderId;
import dev.adhoc.waittimes.core.engine.Sample;
import dev.adhoc.waittimes.core.engine.Window;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WaitFiguresTest {
    private static Window waits(long... millis) {
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i < millis.length; i++) {
            samples.add(new Sample(new OrderId("o" + i), Instant.parse("2026-11-27T12:00:00Z").plusSeconds(i), millis[i]));
        }
        return new Window(samples);
    }

    private static Duration ms(long millis) {
        return Duration.ofMillis(millis);
    }

    @Test
    void an_empty_window_has_no_figures() {
        assertThat(WaitFigures.of(Window.empty())).isEqualTo(WaitFigures.NONE);
        assertThat(WaitFigures.NONE.sampleSize()).isZero();
    }

    @Test
    void one_sample_is_its_own_mean_and_percentiles() {
        assertThat(WaitFigures.of(waits(300_000))).isEqualTo(new WaitFigures(ms(300_000), ms(300_000), ms(300_000), 1));
    }

    @Test
    void the_mean_is_rounded_half_up_to_the_millisecond() {
        assertThat(WaitFigures.of(waits(0, 1)).average()).isEqualTo(ms(1));          // 0.5 -> 1
        assertThat(WaitFigures.of(waits(1, 2)).average()).isEqualTo(ms(2));          // 1.5 -> 2
        assertThat(WaitFigures.of(waits(1, 1, 2)).average()).isEqualTo(ms(1));       // 1.33 -> 1
        assertThat(WaitFigures.of(waits(1, 2, 2)).average()).isEqualTo(ms(2));       // 1.67 -> 2
        assertThat(WaitFigures.of(waits(0, 0, 0, 2)).average()).isEqualTo(ms(1));    // 0.5 -> 1
        assertThat(WaitFigures.of(waits(0, 0, 0, 1)).average()).isEqualTo(ms(0));    // 0.25 -> 0
    }

    @Test
    void percentiles_are_nearest_rank() {
        WaitFigures four = WaitFigures.of(waits(40, 10, 30, 20));
        assertThat(four.p50()).isEqualTo(ms(20));  // rank ceil(2.0) = 2
        assertThat(four.p90()).isEqualTo(ms(40));  // rank ceil(3.6) = 4

        WaitFigures ten = WaitFigures.of(waits(1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
        assertThat(ten.p50()).isEqualTo(ms(5));
        assertThat(ten.p90()).isEqualTo(ms(9));    // rank 9 exactly

        WaitFigures eleven = WaitFigures.of(waits(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11));
        assertThat(eleven.p50()).isEqualTo(ms(6));
        assertThat(eleven.p90()).isEqualTo(ms(10)); // rank ceil(9.9) = 10

        WaitFigures three = WaitFigures.of(waits(3, 1, 2));
        assertThat(three.p50()).isEqualTo(ms(2));
        assertThat(three.p90()).isEqualTo(ms(3));
        assertThat(three.sampleSize()).isEqualTo(3);
    }

    @Test
    void figures_check_their_components() {
        assertThatThrownBy(() -> new WaitFigures(null, ms(0), ms(0), 0)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new WaitFigures(ms(0), ms(0), ms(0), -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Property(tries = 300)
    void mean_and_percentiles_match_their_definitions(
            @ForAll @Size(min = 1, max = 30) List<@LongRange(min = 0, max = 3_600_000) Long> values) {
        long[] millis = values.stream().mapToLong(Long::longValue).toArray();
        List<Long> sorted = values.stream().sorted().toList();
        int n = values.size();
        BigDecimal sum = values.stream().map(BigDecimal::valueOf).reduce(BigDecimal.ZERO, BigDecimal::add);
        long mean = sum.divide(BigDecimal.valueOf(n), 0, RoundingMode.HALF_UP).longValueExact();
        long p50 = sorted.get((50 * n + 99) / 100 - 1);
        long p90 = sorted.get((90 * n + 99) / 100 - 1);

        assertThat(WaitFigures.of(waits(millis))).isEqualTo(new WaitFigures(ms(mean), ms(p50), ms(p90), n));
    }
}
