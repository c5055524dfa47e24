package dev.adhoc.waittimes.aws.lambda;

import dev.adhoc.waittimes.core.domain.CompletionMode;
import dev.adhoc.waittimes.core.domain.WaitTimeSettings;
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
    }

    @Test
    void everyVariableIsRead() {
        LambdaSettings settings = LambdaSettings.fromEnvironment(env("WINDOW_SIZE", "25", "MAX_WAIT_SECONDS", "600",
                "COMPLETION_MODE", "finished", "ORDER_RETENTION_HOURS", "48",
                "AWS_ENDPOINT_URL_DYNAMODB", "http://127.0.0.1:8000"));

        assertThat(settings.waitTimes()).isEqualTo(new WaitTimeSettings(25, Duration.ofMinutes(10),
                Duration.ofHours(48), CompletionMode.FINISHED));
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
            "AWS_ENDPOINT_URL_DYNAMODB | localhost:8000 | AWS_ENDPOINT_URL_DYNAMODB must be an http(s) URL with a host",
            "AWS_ENDPOINT_URL_DYNAMODB | http://[bad | AWS_ENDPOINT_URL_DYNAMODB must be an http(s) URL with a host",
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
}
