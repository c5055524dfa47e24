package dev.adhoc.waittimes.acceptance.drivers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.adhoc.waittimes.acceptance.dsl.BusEvent;
import dev.adhoc.waittimes.acceptance.dsl.ObservedRejection;
import dev.adhoc.waittimes.acceptance.dsl.ObservedWaitTime;
import dev.adhoc.waittimes.aws.catalog.EventCatalog;
import dev.adhoc.waittimes.aws.catalog.Validation;
import dev.adhoc.waittimes.aws.lambda.LambdaSettings;
import dev.adhoc.waittimes.aws.lambda.RecordOrderEventHandler;
import dev.adhoc.waittimes.core.waittimes.WaitTimeSettings;
import dev.adhoc.waittimes.core.engine.port.OrderRecords;
import dev.adhoc.waittimes.core.engine.port.SampleIndex;
import dev.adhoc.waittimes.testsupport.LambdaTestContext;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Feeds each event as EventBridge JSON through the Lambda handler, exactly as the Step Functions task would, and
 * reads what to emit from the handler's output (ADR 0003). Which stores sit behind the handler is the caller's
 * choice: DynamoDB over dynalite for the AWS adapter set.
 */
public final class LambdaHandlerDriver extends RecordingDriver {
    /** Makes the stores for one fresh extension. */
    public interface Stores extends AutoCloseable {
        /** @return the order records of a fresh extension */
        OrderRecords orderRecords();

        /** @return the sample index of a fresh extension */
        SampleIndex samples();

        @Override
        default void close() {
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Every entry the extension emits must match the catalog's published schema (a contract test). */
    private static final EventCatalog CATALOG = EventCatalog.load();

    private final java.util.function.Supplier<Stores> newStores;
    private final LambdaTestContext context = new LambdaTestContext("request");
    private RecordOrderEventHandler handler;
    private Stores stores;

    /** @param newStores makes empty stores for each started extension */
    public LambdaHandlerDriver(java.util.function.Supplier<Stores> newStores) {
        this.newStores = newStores;
    }

    @Override
    public void start(WaitTimeSettings settings) {
        stores = newStores.get();
        // The driver's clock stands at the scenarios' day; their events come later that day, which is not "ahead of
        // the clock" for these tests: allow the largest skew (the rule itself is tested in the Lambda's module).
        LambdaSettings lambda = new LambdaSettings("wait-times", "Serverlesspresso", settings, Optional.empty())
                .withMaxClockSkew(LambdaSettings.MAX_CLOCK_SKEW_LIMIT);
        handler = new RecordOrderEventHandler(lambda, stores.orderRecords(), stores.samples(), InMemoryDriver.CLOCK);
    }

    @Override
    public void deliver(BusEvent event) {
        deliverRaw(BusEventJson.of(event));
    }

    /** Delivers any text as the event, as a faulty producer might. */
    public JsonNode deliverRaw(String eventJson) {
        return deliverBytes(eventJson.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Delivers any bytes as the event (invalid UTF-8, a byte-order mark, ...).
     *
     * @return the handler's output; a storage failure inside the handler is thrown, as the Lambda would fail
     */
    public JsonNode deliverBytes(byte[] event) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            handler.handleRequest(new ByteArrayInputStream(event), out, context.nextRequest());
            JsonNode output = JSON.readTree(out.toByteArray());
            for (JsonNode entry : output.path("entries")) {
                Validation valid = CATALOG.validateDetail(entry.path("Source").asText(),
                        entry.path("DetailType").asText(), entry.path("Detail").asText());
                if (!valid.isValidAndKnown()) {
                    throw new AssertionError("emitted entry breaks the events catalog: " + valid.describe());
                }
                updates.add(observe(JSON.readTree(entry.path("Detail").asText())));
            }
            // "rejections" lists every rejection (several pairs of an order's reports may disagree); "rejection"
            // is the first of them
            JsonNode all = output.has("rejections") ? output.path("rejections") : output.has("rejection")
                    ? JSON.createArrayNode().add(output.path("rejection")) : JSON.createArrayNode();
            for (JsonNode rejection : all) {
                rejections.add(new ObservedRejection(rejection.path("id").asText(), rejection.path("reason").asText(),
                        rejection.path("message").asText(), rejection.path("eventRef").asText()));
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return a screen's view of an emitted {@code OrderManager.DrinkAverageTime} detail */
    public static ObservedWaitTime observe(JsonNode detail) {
        return new ObservedWaitTime(detail.path("eventId").asText(), detail.path("drink").asText(),
                detail.path("duration").decimalValue(), detail.path("p50").decimalValue(),
                detail.path("p90").decimalValue(), detail.path("sampleSize").asInt(),
                detail.path("windowSize").asInt(), detail.path("updateId").asText());
    }

    @Override
    public void close() {
        if (stores != null) {
            stores.close();
        }
    }
}
