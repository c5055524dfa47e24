package dev.adhoc.waittimes.aws.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.adhoc.waittimes.aws.contract.ContractJson;
import dev.adhoc.waittimes.core.domain.OrderEvent;
import dev.adhoc.waittimes.core.domain.OrderId;
import dev.adhoc.waittimes.core.domain.OrderRecord;
import dev.adhoc.waittimes.core.domain.TenantId;
import dev.adhoc.waittimes.core.engine.IndexEntry;
import dev.adhoc.waittimes.core.engine.IndexWrite;
import dev.adhoc.waittimes.core.engine.Sample;
import dev.adhoc.waittimes.core.engine.WindowKey;
import dev.adhoc.waittimes.core.engine.port.OrderRecords;
import dev.adhoc.waittimes.core.engine.port.RecordChange;
import dev.adhoc.waittimes.core.engine.port.SampleIndex;
import dev.adhoc.waittimes.core.waittimes.WaitTimeSettings;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The priming a handler registers, run as the runtime runs it before the snapshot, over the handler's own stores. */
class SnapStartPrimingTest {
    private final ObjectMapper json = ContractJson.newMapper();
    /** Every call the handler's stores received. */
    private final List<String> storeCalls = new ArrayList<>();

    private final OrderRecords orders = new OrderRecords() {
        @Override
        public RecordChange merge(OrderEvent event, Instant expiresAt) {
            storeCalls.add("merge " + event);
            throw new AssertionError("priming merged an order");
        }

        @Override
        public Optional<OrderRecord> find(TenantId tenant, OrderId orderId) {
            storeCalls.add("find " + orderId);
            throw new AssertionError("priming read an order");
        }
    };
    private final SampleIndex samples = new SampleIndex() {
        @Override
        public IndexWrite write(IndexEntry entry) {
            storeCalls.add("write " + entry);
            throw new AssertionError("priming wrote the index");
        }

        @Override
        public Iterator<Sample> latestFirst(WindowKey key, int pageSize) {
            storeCalls.add("read " + key);
            throw new AssertionError("priming read the index");
        }
    };

    @Test
    void theHandlersPrimingRunsTheParseAndOutputPathsWithoutTouchingItsStoresOrPublishingMetrics() throws Exception {
        LambdaSettings settings = new LambdaSettings("t", "bus", WaitTimeSettings.DEFAULTS, Optional.empty());
        RecordOrderEventHandler handler = new RecordOrderEventHandler(settings, orders, samples, Clock.systemUTC(),
                InvocationMetrics.embeddedMetricFormat(settings));

        try (Stdout stdout = Stdout.capture()) {
            handler.priming().beforeCheckpoint(null); // what the runtime calls before the snapshot
            JsonNode output = json.readTree(handler.priming().prime());

            assertThat(output.get("status").textValue()).isEqualTo("ACCEPTED");
            assertThat(json.readTree(output.get("entries").get(0).get("Detail").textValue()).get("duration").intValue())
                    .isEqualTo(60);
            assertThat(storeCalls).isEmpty();
            assertThat(stdout.lines()).isEmpty();
        }
    }
}
