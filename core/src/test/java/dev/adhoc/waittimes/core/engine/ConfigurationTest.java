package dev.adhoc.waittimes.core.engine;

import dev.adhoc.waittimes.core.domain.Drink;
import dev.adhoc.waittimes.core.domain.OrderRecord;
import dev.adhoc.waittimes.core.domain.TenantId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConfigurationTest {
    private static final Counting NOTHING_COUNTS = new Counting() {
        @Override
        public Optional<WindowKey> key(TenantId tenant, Optional<Drink> drink) {
            return Optional.empty();
        }

        @Override
        public OptionalLong value(OrderRecord order) {
            return OptionalLong.empty();
        }
    };

    @ParameterizedTest
    @ValueSource(strings = {"a", "wait-times", "queue-2", "abcdefghijklmnopqrstuvwxyz-12345"})
    void a_name_is_lower_case_letters_digits_and_dashes_starting_with_a_letter(String name) {
        assertThat(Configuration.requireName(name)).isEqualTo(name);
        assertThat(configuration(name, Duration.ofHours(1)).name()).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Wait", "1st", "-a", "wait#times", "wait times", "wait_times", "é",
            "abcdefghijklmnopqrstuvwxyz-123456"})
    void any_other_name_is_refused_with_the_rule(String name) {
        assertThatThrownBy(() -> configuration(name, Duration.ofHours(1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an extension's name is 1-32 lower-case letters, digits and '-', starting with a letter, "
                        + "was '" + name + "'");
    }

    @Test
    void the_retention_must_be_positive() {
        assertThatThrownBy(() -> configuration("a", Duration.ZERO)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("retention");
    }

    private static Configuration<Integer> configuration(String name, Duration retention) {
        return new Configuration<>(name, NOTHING_COUNTS, new LatestSamples(1), Window::size, retention);
    }
}
