package dev.adhoc.waittimes.aws.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.adhoc.waittimes.aws.dynamodb.DynamoDbClients;
import dev.adhoc.waittimes.aws.dynamodb.DynamoDbConfig;
import dev.adhoc.waittimes.aws.dynamodb.DynamoDbRequestMeter;
import dev.adhoc.waittimes.core.waittimes.WaitTimeSettings;
import dev.adhoc.waittimes.testsupport.DynaliteExtension;
import dev.adhoc.waittimes.testsupport.DynaliteServer;
import dev.adhoc.waittimes.testsupport.LambdaTestContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The production wiring (what the no-argument constructor builds) against a real local DynamoDB. */
@ExtendWith(DynaliteExtension.class)
class LambdaWiringDynamoDbTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void the_handler_wired_to_dynamodb_counts_a_served_order(DynaliteServer dynalite) throws Exception {
        DynamoDbConfig config = DynamoDbConfig.local("wiring-test", dynalite.endpoint());
        try (DynamoDbClient client = DynamoDbClients.create(config)) {
            config.table().createIfMissing(client);
            LambdaSettings settings = new LambdaSettings("wiring-test", "Serverlesspresso",
                    WaitTimeSettings.DEFAULTS, Optional.of(dynalite.endpoint()));
            RecordOrderEventHandler handler = new RecordOrderEventHandler(LambdaWiring.dynamoDb(settings, client));

            invoke(handler, event("e1", "OrderManager.WaitingCompletion", "2026-11-27T12:00:00Z",
                    "\"drinkOrder\":{\"drink\":\"Caffe Latte\"},"));
            JsonNode output = invoke(handler, event("e2", "OrderManager.OrderNYC-COMPLETED", "2026-11-27T12:01:30Z", ""));

            assertThat(output.path("status").asText()).isEqualTo("ACCEPTED");
            JsonNode detail = JSON.readTree(output.path("entries").get(0).path("Detail").asText());
            assertThat(detail.path("duration").decimalValue()).isEqualByComparingTo("90");
            assertThat(output.path("entries").get(0).path("EventBusName").asText()).isEqualTo("Serverlesspresso");
        }
    }

    @Test
    void every_dynamodb_call_of_an_invocation_is_timed_in_its_metrics(DynaliteServer dynalite) throws Exception {
        LambdaSettings settings = settings("latency-test", dynalite);
        InvocationMetrics metrics = InvocationMetrics.embeddedMetricFormat(settings);
        DynamoDbRequestMeter meter = new DynamoDbRequestMeter();
        try (DynamoDbClient client = LambdaWiring.dynamoDbClient(settings, " ", new DynamoDbLatency(metrics), meter);
             Stdout stdout = Stdout.capture()) {
            DynamoDbConfig.local("latency-test", dynalite.endpoint()).table().createIfMissing(client);
            RecordOrderEventHandler handler = new RecordOrderEventHandler(new LambdaWiring(settings, client, metrics));
            invoke(handler, event("e1", "OrderManager.WaitingCompletion", "2026-11-27T12:00:00Z",
                    "\"drinkOrder\":{\"drink\":\"Caffe Latte\"},"));
            stdout.clear();
            DynamoDbRequestMeter.Snapshot before = meter.snapshot();

            invoke(handler, event("e2", "OrderManager.OrderNYC-COMPLETED", "2026-11-27T12:01:30Z", ""));

            long calls = meter.snapshot().minus(before).totalRequests();
            assertThat(calls).isPositive();
            List<EmfDocument> documents = stdout.lines().stream().map(EmfDocument::parse).toList();
            assertThat(documents).singleElement().satisfies(d -> {
                assertThat(d.namespace()).isEqualTo("WaitTimesTest");
                assertThat(d.text("Service")).isEqualTo("wiring-stack");
                assertThat(d.units()).containsEntry("DynamoDbLatency", "Milliseconds");
                assertThat(d.values("DynamoDbLatency")).hasSize((int) calls).allSatisfy(ms -> assertThat(ms).isPositive());
                assertThat(d.value("UpdatesEmitted")).isEqualTo(1);
            });
        }
    }

    @Test
    void a_failed_invocation_still_publishes_its_dynamodb_calls(DynaliteServer dynalite) throws Exception {
        LambdaSettings settings = settings("no-such-table", dynalite);
        InvocationMetrics metrics = InvocationMetrics.embeddedMetricFormat(settings);
        try (DynamoDbClient client = LambdaWiring.dynamoDbClient(settings, null, new DynamoDbLatency(metrics));
             Stdout stdout = Stdout.capture()) {
            RecordOrderEventHandler handler = new RecordOrderEventHandler(new LambdaWiring(settings, client, metrics));

            assertThatThrownBy(() -> invoke(handler, event("e1", "OrderManager.WaitingCompletion",
                    "2026-11-27T12:00:00Z", "\"drinkOrder\":{\"drink\":\"Caffe Latte\"},")))
                    .isInstanceOf(ResourceNotFoundException.class);

            assertThat(stdout.lines()).singleElement().satisfies(line -> {
                EmfDocument d = EmfDocument.parse(line);
                assertThat(d.values("DynamoDbLatency")).isNotEmpty();
                assertThat(d.value("UpdatesEmitted")).isZero();
                assertThat(d.value("Rejections")).isZero();
            });
        }
    }

    private static LambdaSettings settings(String table, DynaliteServer dynalite) {
        return new LambdaSettings(table, "Serverlesspresso", WaitTimeSettings.DEFAULTS, Duration.ofMinutes(5),
                Optional.of(dynalite.endpoint()), "WaitTimesTest", "wiring-stack");
    }

    private static String event(String id, String detailType, String time, String extra) {
        return "{\"version\":\"0\",\"id\":\"" + id + "\",\"detail-type\":\"" + detailType + "\","
                + "\"source\":\"awsserverlessda.serverlesspresso\",\"account\":\"123456789012\",\"time\":\"" + time
                + "\",\"region\":\"us-west-2\",\"resources\":[],\"detail\":{" + extra
                + "\"orderId\":\"o1\",\"eventId\":\"NYC\"}}";
    }

    private static JsonNode invoke(RecordOrderEventHandler handler, String event) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), out, new LambdaTestContext("request-1"));
        return JSON.readTree(out.toByteArray());
    }
}
