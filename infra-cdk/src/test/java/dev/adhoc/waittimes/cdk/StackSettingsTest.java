package dev.adhoc.waittimes.cdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.adhoc.waittimes.cdk.StackSettings.CompletionMode;
import dev.adhoc.waittimes.cdk.StackSettings.SnapStartMode;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StackSettingsTest {

    @Test
    void defaultsAreTheContractsAndADemoStack() {
        StackSettings settings = StackSettings.fromContext(key -> null);
        assertThat(settings).isEqualTo(new StackSettings(Extension.WAIT_TIMES, "WaitTimesExtension", "Serverlesspresso", 10, 900,
                CompletionMode.COMPLETED, 24, false, Path.of("../adapters-aws/lambda/target/wait-times-lambda.jar"),
                1024, "ERROR", true, false, false, OptionalInt.of(20), SnapStartMode.AUTO, Optional.empty(), 300));
    }

    @Test
    void readsStringsFromTheCommandLineAndJsonValuesFromCdkJson() {
        Map<String, Object> context = Map.ofEntries(
                Map.entry("stackName", "Other"), Map.entry("busName", "Bus"), Map.entry("windowSize", "25"),
                Map.entry("maxWaitSeconds", 600), Map.entry("completionMode", "FINISHED"),
                Map.entry("orderRetentionHours", 48.0), Map.entry("tableRemovalPolicy", " retain "),
                Map.entry("lambdaJar", "/tmp/x.jar"), Map.entry("lambdaMemoryMb", 2048),
                Map.entry("workflowLogLevel", "all"), Map.entry("tracing", false),
                Map.entry("createTestBus", "true"), Map.entry("workflowExecutionData", true),
                Map.entry("reservedConcurrency", "50"), Map.entry("snapStart", "FALSE"),
                Map.entry("alarmEmail", "ops@example.com"), Map.entry("extension", "alerts"),
                Map.entry("alertThresholdSeconds", "120"));
        assertThat(StackSettings.fromContext(context::get)).isEqualTo(new StackSettings(Extension.ALERTS, "Other",
                "Bus", 25, 600,
                CompletionMode.FINISHED, 48, true, Path.of("/tmp/x.jar"), 2048, "ALL", false, true, true,
                OptionalInt.of(50), SnapStartMode.FALSE, Optional.of("ops@example.com"), 120));
    }

    @Test
    void aTestBusIsNamedAfterItsStackUnlessNamed() {
        StackSettings unnamed = StackSettings.fromContext(Map.<String, Object>of(
                "createTestBus", "true", "stackName", "WaitTimesTest")::get);
        assertThat(unnamed.createTestBus()).isTrue();
        assertThat(unnamed.busName()).isEqualTo("WaitTimesTest-bus");
        StackSettings named = StackSettings.fromContext(Map.<String, Object>of(
                "createTestBus", "true", "stackName", "WaitTimesTest", "busName", "CoffeeTest")::get);
        assertThat(named.busName()).isEqualTo("CoffeeTest");
    }

    @Test
    void aTestStackCanNeitherTakeTheProductionStacksNameNorCreateTheProductionBus() {
        assertThatThrownBy(() -> StackSettings.fromContext(Map.<String, Object>of("createTestBus", "true")::get))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("createTestBus=true needs a stackName of its own");
        assertThatThrownBy(() -> StackSettings.fromContext(Map.<String, Object>of(
                "createTestBus", "true", "stackName", "WaitTimesTest", "busName", "Serverlesspresso")::get))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot create a bus named Serverlesspresso");
    }

    @Test
    void eachExtensionHasAProductionStackOfItsOwnThatATestStackCannotTake() {
        assertThat(StackSettings.fromContext(Map.<String, Object>of("extension", "alerts")::get).stackName())
                .isEqualTo("WaitTimeAlertsExtension");
        assertThat(StackSettings.fromContext(Map.<String, Object>of("extension", "throughput")::get).stackName())
                .isEqualTo("ThroughputExtension");
        assertThatThrownBy(() -> StackSettings.fromContext(Map.<String, Object>of("createTestBus", "true",
                "extension", "throughput", "stackName", "WaitTimesExtension")::get))
                .hasMessageContaining("WaitTimesExtension is a production stack");
    }

    @Test
    void reservedConcurrencyCanBeLeftOutForAnAccountWithALowLimit() {
        assertThat(StackSettings.fromContext(Map.<String, Object>of("reservedConcurrency", "none")::get)
                .reservedConcurrency()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "windowSize          | 0        | context windowSize must be between 1 and 1000, was 0",
            "windowSize          | 1001     | context windowSize must be between 1 and 1000, was 1001",
            "windowSize          | ten      | context windowSize must be an integer, was ten",
            "windowSize          | 2.5      | context windowSize must be an integer, was 2.5",
            "maxWaitSeconds      | 0        | context maxWaitSeconds must be between 1 and 86400, was 0",
            "orderRetentionHours | 0        | context orderRetentionHours must be between 1 and 2160, was 0",
            "lambdaMemoryMb      | 256      | context lambdaMemoryMb must be between 512 and 10240, was 256",
            "completionMode      | done     | context completionMode must be one of [completed, finished], was done",
            "tableRemovalPolicy  | snapshot | context tableRemovalPolicy must be one of [destroy, retain], was snapshot",
            "workflowLogLevel    | DEBUG    | context workflowLogLevel must be ALL, ERROR, FATAL or OFF, was DEBUG",
            "tracing             | yes      | context tracing must be one of [true, false], was yes",
            "busName             | ' '      | context busName must not be blank",
            "reservedConcurrency | 0        | context reservedConcurrency must be between 1 and 10000, was 0",
            "reservedConcurrency | many     | context reservedConcurrency must be an integer, was many",
            "snapStart           | maybe    | context snapStart must be one of [auto, true, false], was maybe",
            "createTestBus       | yes      | context createTestBus must be one of [true, false], was yes",
            "workflowExecutionData | on     | context workflowExecutionData must be one of [true, false], was on",
            "alarmEmail          | ops      | context alarmEmail must be an e-mail address, was ops",
            "extension           | alert    | context extension must be one of [wait-times, alerts, throughput], was alert",
            "alertThresholdSeconds | -1     | context alertThresholdSeconds must be between 0 and 86400, was -1"})
    void anUnusableValueFailsNamingItsKey(String key, String value, String message) {
        assertThatThrownBy(() -> StackSettings.fromContext(Map.<String, Object>of(key, value)::get))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @Test
    void completionModeValuesAreThoseOfTheLambdasVariable() {
        assertThat(CompletionMode.COMPLETED.value()).isEqualTo("completed");
        assertThat(CompletionMode.FINISHED.value()).isEqualTo("finished");
    }
}
