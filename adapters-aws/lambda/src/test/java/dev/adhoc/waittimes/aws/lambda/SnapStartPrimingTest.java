package dev.adhoc.waittimes.aws.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.adhoc.waittimes.aws.contract.ContractJson;
import dev.adhoc.waittimes.core.engine.port.OrderRecords;
import dev.adhoc.waittimes.core.engine.port.SampleIndex;
import dev.adhoc.waittimes.core.waittimes.WaitTimeSettings;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The priming a handler registers, run as the runtime runs it before the snapshot, over the handler's own stores. */
class SnapStartPrimingTest {
    private final ObjectMapper json = ContractJson.newMapper();
    private final LambdaSettings settings = new LambdaSettings("t", "bus", WaitTimeSettings.DEFAULTS, Optional.empty());
    /** Every call the handler's stores received. */
    private final List<String> storeCalls = new ArrayList<>();
    private final OrderRecords orders = untouchable(OrderRecords.class);
    private final SampleIndex samples = untouchable(SampleIndex.class);

    @Test
    void theHandlersPrimingRunsTheParseAndOutputPathsWithoutTouchingItsStoresOrPublishingMetrics() throws Exception {
        RecordOrderEventHandler handler = new RecordOrderEventHandler(settings, orders, samples, Clock.systemUTC(),
                InvocationMetrics.embeddedMetricFormat(settings));

        JsonNode detail = primedDetail(handler);

        assertThat(detail.get("duration").intValue()).isEqualTo(60);
    }

    @Test
    void theAlertsHandlerPrimesItsAlertAndTheThroughputHandlerItsCount() throws Exception {
        LambdaSettings anyWaitAlerts = settings.withAlertThreshold(Duration.ZERO);
        JsonNode alert = primedDetail(new WaitTimeAlertsHandler(anyWaitAlerts, orders, samples, Clock.systemUTC(),
                InvocationMetrics.embeddedMetricFormat(settings)));
        JsonNode throughput = primedDetail(new ThroughputHandler(settings, orders, samples, Clock.systemUTC(),
                InvocationMetrics.embeddedMetricFormat(settings)));

        assertThat(alert.get("state").textValue()).isEqualTo("RAISED");
        assertThat(throughput.get("completedLast15Minutes").intValue()).isEqualTo(1);
    }

    /** Primes the handler as the runtime does, and checks that it touched no store and printed no metrics. */
    private JsonNode primedDetail(OrderEventFunction<?> handler) throws Exception {
        try (Stdout stdout = Stdout.capture()) {
            handler.priming().beforeCheckpoint(null); // what the runtime calls before the snapshot
            JsonNode output = json.readTree(handler.priming().prime());

            assertThat(output.get("status").textValue()).isEqualTo("ACCEPTED");
            assertThat(storeCalls).isEmpty();
            assertThat(stdout.lines()).isEmpty();
            return json.readTree(output.get("entries").get(0).get("Detail").textValue());
        }
    }

    /** @return a store that records every call and fails it: priming must touch no store */
    private <T> T untouchable(Class<T> port) {
        return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, (proxy, method, args) -> {
            storeCalls.add(port.getSimpleName() + "." + method.getName());
            throw new AssertionError("priming called " + port.getSimpleName() + "." + method.getName());
        }));
    }
}
