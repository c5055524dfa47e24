package dev.adhoc.waittimes.core.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.adhoc.waittimes.core.testing.CoffeeBar.sample;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LatestSamplesTest {
    private static final Sample S4 = sample("o4", "12:04:00", 4);
    private static final Sample S3 = sample("o3", "12:03:00", 3);
    private static final Sample S2 = sample("o2", "12:02:00", 2);
    private static final Sample S1 = sample("o1", "12:01:00", 1);

    @Test
    void takes_the_first_n_samples_and_pulls_no_more() {
        Pulled samples = new Pulled(S4, S3, S2, S1);

        assertThat(new LatestSamples(2).select(samples).samples()).containsExactly(S4, S3);
        assertThat(samples.pulled()).isEqualTo(2);
    }

    @Test
    void takes_what_exists_while_fewer_than_n() {
        assertThat(new LatestSamples(10).select(new Pulled(S2, S1)).samples()).containsExactly(S2, S1);
        assertThat(new LatestSamples(1).select(new Pulled()).isEmpty()).isTrue();
    }

    @Test
    void one_sample_window_holds_the_latest() {
        assertThat(new LatestSamples(1).select(new Pulled(S4, S3)).samples()).containsExactly(S4);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 10, 1000})
    void accepts_sizes_from_1_to_1000_and_fetches_one_more_than_it_holds(int n) {
        assertThat(new LatestSamples(n).pageSize()).isEqualTo(n + 1);
    }

    @ParameterizedTest
    @ValueSource(ints = {Integer.MIN_VALUE, -1, 0, 1001})
    void refuses_sizes_outside_1_to_1000(int n) {
        assertThatThrownBy(() -> new LatestSamples(n)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(String.valueOf(n));
    }
}
