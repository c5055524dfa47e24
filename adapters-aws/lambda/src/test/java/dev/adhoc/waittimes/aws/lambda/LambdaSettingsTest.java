package dev.adhoc.waittimes.aws.lambda;

import dev.adhoc.waittimes.core.waittimes.CompletionMode;
import dev.adhoc.waittimes.core.waittimes.WaitTimeSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LambdaSettingsTest {
    private static Map<String, String> env(String... pairs) {
        Map<String, String> env = new HashMap<>(Map.of("TABLE_NAME", "wait-times", "EVENT_BUS_NAME", "Serverlesspresso"));
        for (int i = 0; i < pairs.length; i += 2) {
            env.put(pairs[i], pairs[i + 1]);
        }
        return env;
    }

    @Test
    void onlyTheTableAndTheBusAreRequired() {
        LambdaSettings settings = LambdaSettings.fromEnvironment(env());

        assertThat(settings).isEqualTo(new LambdaSettings("wait-times", "Serverlesspresso", WaitTimeSettings.DEFAULTS,
                Optional.empty()));
        assertThat(settings.maxClockSkew()).isEqualTo(Duration.ofMinutes(5));
        assertThat(settings.metricsNamespace()).isEqualTo("WaitTimesExtension");
        assertThat(settings.metricsService()).isEqualTo("WaitTimesExtension");
    }

    @Test
    void everyVariableIsRead() {
        LambdaSettings settings = LambdaSettings.fromEnvironment(env("WINDOW_SIZE", "25", "MAX_WAIT_SECONDS", "600",
                "COMPLETION_MODE", "finished", "ORDER_RETENTION_HOURS", "48", "MAX_CLOCK_SKEW_SECONDS", "0",
                "POWERTOOLS_METRICS_NAMESPACE", "Wait/Times.Test", "POWERTOOLS_SERVICE_NAME", "WaitTimesTest",
                "AWS_ENDPOINT_URL_DYNAMODB", "http://127.0.0.1:8000"));

        assertThat(settings.waitTimes()).isEqualTo(new WaitTimeSettings(25, Duration.ofMinutes(10),
                Duration.ofHours(48), CompletionMode.FINISHED));
        assertThat(settings.maxClockSkew()).isZero();
        assertThat(settings.metricsNamespace()).isEqualTo("Wait/Times.Test");
        assertThat(settings.metricsService()).isEqualTo("WaitTimesTest");
        assertThat(settings.dynamoDbEndpoint()).contains(URI.create("http://127.0.0.1:8000"));
    }

    @Test
    void blankVariablesCountAsUnsetAndTheModeIgnoresCase() {
        LambdaSettings settings = LambdaSettings.fromEnvironment(env("WINDOW_SIZE", " ", "COMPLETION_MODE", "COMPLETED",
                "AWS_ENDPOINT_URL_DYNAMODB", ""));

        assertThat(settings.waitTimes()).isEqualTo(WaitTimeSettings.DEFAULTS);
        assertThat(settings.dynamoDbEndpoint()).isEmpty();
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
            "WINDOW_SIZE               | 0          | WINDOW_SIZE must be an integer from 1 to 1000, was \"0\"",
            "WINDOW_SIZE               | 1001       | WINDOW_SIZE must be an integer from 1 to 1000, was \"1001\"",
            "WINDOW_SIZE               | ten        | WINDOW_SIZE must be an integer from 1 to 1000, was \"ten\"",
            "MAX_WAIT_SECONDS          | -5         | MAX_WAIT_SECONDS must be a positive integer, was \"-5\"",
            "MAX_WAIT_SECONDS          | 1.5        | MAX_WAIT_SECONDS must be a positive integer, was \"1.5\"",
            "ORDER_RETENTION_HOURS     | 0          | ORDER_RETENTION_HOURS must be a positive integer, was \"0\"",
            "ORDER_RETENTION_HOURS     | 99999999999 | ORDER_RETENTION_HOURS must be a positive integer",
            "COMPLETION_MODE           | done       | COMPLETION_MODE must be \"completed\" or \"finished\", was \"done\"",
            "MAX_CLOCK_SKEW_SECONDS    | -1         | MAX_CLOCK_SKEW_SECONDS must be an integer from 0 to 86400, was \"-1\"",
            "MAX_CLOCK_SKEW_SECONDS    | 86401      | MAX_CLOCK_SKEW_SECONDS must be an integer from 0 to 86400, was \"86401\"",
            "MAX_CLOCK_SKEW_SECONDS    | 5m         | MAX_CLOCK_SKEW_SECONDS must be an integer from 0 to 86400, was \"5m\"",
            "POWERTOOLS_METRICS_NAMESPACE | Wait Times | POWERTOOLS_METRICS_NAMESPACE must be a CloudWatch namespace",
            "POWERTOOLS_SERVICE_NAME   | Wartezeitä | POWERTOOLS_SERVICE_NAME must be printable ASCII",
            "AWS_ENDPOINT_URL_DYNAMODB | localhost:8000 | AWS_ENDPOINT_URL_DYNAMODB must be an http or https URL with a host",
            "AWS_ENDPOINT_URL_DYNAMODB | http://[bad | AWS_ENDPOINT_URL_DYNAMODB must be an http or https URL with a host",
    })
    void aBadValueIsAClearStartupError(String name, String value, String message) {
        assertThatThrownBy(() -> LambdaSettings.fromEnvironment(env(name, value)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Invalid configuration of the wait-times Lambda: ")
                .hasMessageContaining(message);
    }

    @Test
    void everyProblemIsNamedAtOnce() {
        Map<String, String> env = Map.of("WINDOW_SIZE", "0", "EVENT_BUS_NAME", " ");

        assertThatThrownBy(() -> LambdaSettings.fromEnvironment(env))
                .hasMessage("Invalid configuration of the wait-times Lambda: TABLE_NAME is required; "
                        + "EVENT_BUS_NAME is required; WINDOW_SIZE must be an integer from 1 to 1000, was \"0\"");
    }

    @Test
    void settingsBuiltInCodeAreCheckedToo() {
        LambdaSettings valid = new LambdaSettings("t", "bus", WaitTimeSettings.DEFAULTS, Optional.empty());

        assertThatThrownBy(() -> valid.withMaxClockSkew(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("clock skew");
        assertThatThrownBy(() -> new LambdaSettings("t", "bus", WaitTimeSettings.DEFAULTS, Duration.ZERO,
                Optional.empty(), "has space", "s")).hasMessageContaining("not a CloudWatch namespace");
        assertThatThrownBy(() -> new LambdaSettings("t", "bus", WaitTimeSettings.DEFAULTS, Duration.ZERO,
                Optional.empty(), "ns", "")).hasMessageContaining("not a CloudWatch dimension value");
    }

    @Test
    void theAlertsHandlerReadsItsThresholdAndNotTheWaitTimesVariables() {
        LambdaSettings settings = LambdaSettings.fromEnvironment(env("ALERT_THRESHOLD_SECONDS", "120",
                "WINDOW_SIZE", "0", "MAX_WAIT_SECONDS", "x", "ORDER_RETENTION_HOURS", "0", "COMPLETION_MODE",
                "finished"), "wait-time-alerts");

        assertThat(settings.alertThreshold()).isEqualTo(Duration.ofMinutes(2));
        assertThat(settings.waitTimes()).isEqualTo(WaitTimeSettings.DEFAULTS.withCompletionMode(CompletionMode.FINISHED));
        assertThat(LambdaSettings.fromEnvironment(env()).alertThreshold()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void theThroughputHandlerReadsTheCommonVariablesOnly() {
        LambdaSettings settings = LambdaSettings.fromEnvironment(env("ALERT_THRESHOLD_SECONDS", "-1",
                "WINDOW_SIZE", "0", "MAX_CLOCK_SKEW_SECONDS", "60"), "throughput");

        assertThat(settings).isEqualTo(new LambdaSettings("wait-times", "Serverlesspresso", WaitTimeSettings.DEFAULTS,
                Optional.empty()).withMaxClockSkew(Duration.ofMinutes(1)));
    }

    @Test
    void aBadThresholdOrAnUnknownExtensionIsAClearStartupError() {
        assertThatThrownBy(() -> LambdaSettings.fromEnvironment(env("ALERT_THRESHOLD_SECONDS", "5m"),
                "wait-time-alerts")).hasMessage("Invalid configuration of the wait-time-alerts Lambda: "
                + "ALERT_THRESHOLD_SECONDS must be an integer from 0 to 86400, was \"5m\"");
        assertThatThrownBy(() -> LambdaSettings.fromEnvironment(env(), "alert"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"alert\"");
    }
}
