package dev.adhoc.waittimes.core.waittimes;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WaitTimeSettingsTest {
    @Test
    void settings_default_to_the_contract_and_check_their_ranges() {
        WaitTimeSettings d = WaitTimeSettings.DEFAULTS;
        assertThat(d.windowSize()).isEqualTo(10);
        assertThat(d.maxWait()).isEqualTo(Duration.ofMinutes(15));
        assertThat(d.orderRetention()).isEqualTo(Duration.ofHours(24));
        assertThat(d.completionMode()).isEqualTo(CompletionMode.COMPLETED);
        assertThat(d.withWindowSize(1).windowSize()).isEqualTo(1);
        assertThat(d.withWindowSize(1000).windowSize()).isEqualTo(1000);
        assertThatThrownBy(() -> d.withWindowSize(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> d.withWindowSize(1001)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> d.withMaxWait(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> d.withOrderRetention(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThat(d.withCompletionMode(CompletionMode.FINISHED).completionMode()).isEqualTo(CompletionMode.FINISHED);
    }

    @Test
    void the_configuration_runs_the_last_n_with_the_rules_and_retention_of_the_settings() {
        WaitTimeSettings s = WaitTimeSettings.DEFAULTS.withWindowSize(3).withMaxWait(Duration.ofMinutes(5))
                .withCompletionMode(CompletionMode.FINISHED).withOrderRetention(Duration.ofHours(2));
        var config = WaitTimesService.configuration(s);

        assertThat(config.name()).isEqualTo(WaitTimesService.NAME);
        assertThat(config.counting()).isEqualTo(new WaitTimeRules(Duration.ofMinutes(5), CompletionMode.FINISHED));
        assertThat(config.policy()).isEqualTo(new dev.adhoc.waittimes.core.engine.LatestSamples(3));
        assertThat(config.retention()).isEqualTo(Duration.ofHours(2));
    }
}
