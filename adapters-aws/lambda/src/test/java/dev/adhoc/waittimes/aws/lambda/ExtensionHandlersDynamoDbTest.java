package dev.adhoc.waittimes.aws.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.adhoc.waittimes.aws.catalog.EventCatalog;
import dev.adhoc.waittimes.aws.dynamodb.DynamoDbClients;
import dev.adhoc.waittimes.aws.dynamodb.DynamoDbConfig;
import dev.adhoc.waittimes.core.waittimes.WaitTimeSettings;
import dev.adhoc.waittimes.testsupport.DynaliteExtension;
import dev.adhoc.waittimes.testsupport.DynaliteServer;
import dev.adhoc.waittimes.testsupport.LambdaTestContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The three handlers as Lambda builds them (the DynamoDB wiring), over a local DynamoDB: each emits its extension's
 * event, valid against the events catalog, and three handlers sharing one table keep apart.
 */
@ExtendWith(DynaliteExtension.class)
class ExtensionHandlersDynamoDbTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final EventCatalog CATALOG = EventCatalog.load();
    private static final Instant START = Instant.parse("2026-11-27T12:00:00Z");
    /** 20 orders of one drink, submitted 30 seconds apart, each served in 10 minutes (above the 5-minute threshold). */
    private static final List<String> SLOW_ORDERS = slowOrders(20);

    /**
     * One order served in 20 minutes, then the slow orders: above the wait-times ceiling (15 minutes), so wait times reject
     * it where alerts and throughput count it; extensions that shared an order's record or index would disagree.
     */
    private static final List<String> WITH_A_VERY_SLOW_ORDER = withVerySlowOrder();

    private final List<DynamoDbClient> clients = new ArrayList<>();

    @AfterEach
    void closeClients() {
        clients.forEach(DynamoDbClient::close);
    }

    @Test
    void the_alerts_handler_raises_one_alert_for_twenty_slow_completions(DynaliteServer dynalite) {
        OrderEventFunction<?> alerts = new WaitTimeAlertsHandler(wiring("alerts-handler", dynalite));

        List<JsonNode> entries = entriesOf(alerts, SLOW_ORDERS);

        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.path("DetailType").asText()).isEqualTo("OrderManager.WaitTimeAlert");
            assertThat(entry.path("EventBusName").asText()).isEqualTo("Serverlesspresso");
            JsonNode detail = detail(entry);
            assertThat(detail.path("state").asText()).isEqualTo("RAISED");
            assertThat(detail.path("p90").decimalValue()).isEqualByComparingTo("600");
            assertThat(detail.path("threshold").decimalValue()).isEqualByComparingTo("300");
            assertThat(detail.path("drink").asText()).isEqualTo("Caffe Latte");
        });
        assertValidAgainstTheCatalog(entries);
    }

    @Test
    void the_alerts_threshold_is_the_configured_one(DynaliteServer dynalite) {
        LambdaSettings settings = settings("alerts-threshold").withAlertThreshold(Duration.ofMinutes(15));
        OrderEventFunction<?> alerts = new WaitTimeAlertsHandler(wiring(settings, dynalite));

        assertThat(entriesOf(alerts, SLOW_ORDERS)).isEmpty(); // 10-minute waits stay below a 15-minute threshold
    }

    @Test
    void the_throughput_handler_counts_the_tenants_completions(DynaliteServer dynalite) {
        OrderEventFunction<?> throughput = new ThroughputHandler(wiring("throughput-handler", dynalite));

        List<JsonNode> entries = entriesOf(throughput, SLOW_ORDERS);

        assertThat(entries).extracting(e -> e.path("DetailType").asText()).containsOnly("OrderManager.Throughput");
        assertThat(entries).extracting(e -> detail(e).path("completedLast15Minutes").asInt())
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20);
        assertThat(detail(entries.get(19)).path("asOf").asText()).isEqualTo("2026-11-27T12:19:30Z");
        assertValidAgainstTheCatalog(entries);
    }

    @Test
    void three_handlers_sharing_one_table_answer_as_each_does_alone(DynaliteServer dynalite) {
        Map<String, Function<LambdaWiring, OrderEventFunction<?>>> handlers = Map.of(
                "wait-times", RecordOrderEventHandler::new,
                "alerts", WaitTimeAlertsHandler::new,
                "throughput", ThroughputHandler::new);
        Map<String, List<JsonNode>> alone = new TreeMap<>();
        handlers.forEach((name, handler) -> alone.put(name,
                outputsOf(handler.apply(wiring("alone-" + name, dynalite)), WITH_A_VERY_SLOW_ORDER)));

        LambdaWiring shared = wiring("shared-by-three", dynalite);
        Map<String, OrderEventFunction<?>> sharing = new TreeMap<>();
        handlers.forEach((name, handler) -> sharing.put(name, handler.apply(shared)));
        Map<String, List<JsonNode>> together = new TreeMap<>();
        for (String event : WITH_A_VERY_SLOW_ORDER) { // each event to the three handlers in turn, as three rules would deliver it
            sharing.forEach((name, handler) -> together.computeIfAbsent(name, n -> new ArrayList<>())
                    .add(invoke(handler, event)));
        }

        assertThat(together).isEqualTo(alone);
        assertThat(alone.get("wait-times").get(1).path("rejection").path("reason").asText())
                .isEqualTo("WAIT_ABOVE_CEILING");
        assertThat(alone.get("alerts")).extracting(o -> o.path("status").asText()).containsOnly("ACCEPTED");
        assertValidAgainstTheCatalog(alone.values().stream().flatMap(List::stream)
                .flatMap(o -> toList(o.path("entries")).stream()).toList());
    }

    private LambdaWiring wiring(String table, DynaliteServer dynalite) {
        return wiring(settings(table), dynalite);
    }

    private LambdaWiring wiring(LambdaSettings settings, DynaliteServer dynalite) {
        DynamoDbConfig config = DynamoDbConfig.local(settings.tableName(), dynalite.endpoint());
        DynamoDbClient client = DynamoDbClients.create(config);
        clients.add(client);
        config.table().createIfMissing(client);
        return LambdaWiring.dynamoDb(settings, client);
    }

    private static LambdaSettings settings(String table) {
        return new LambdaSettings(table, "Serverlesspresso", WaitTimeSettings.DEFAULTS, Optional.empty());
    }

    private static void assertValidAgainstTheCatalog(List<JsonNode> entries) {
        assertThat(entries).isNotEmpty().allSatisfy(e -> assertThat(CATALOG.validateDetail(e.path("Source").asText(),
                e.path("DetailType").asText(), e.path("Detail").asText()).isValidAndKnown()).as(e.toString()).isTrue());
    }

    private static List<JsonNode> entriesOf(OrderEventFunction<?> handler, List<String> events) {
        return outputsOf(handler, events).stream().flatMap(o -> toList(o.path("entries")).stream()).toList();
    }

    private static List<JsonNode> outputsOf(OrderEventFunction<?> handler, List<String> events) {
        return events.stream().map(e -> invoke(handler, e)).toList();
    }

    private static List<JsonNode> toList(JsonNode array) {
        List<JsonNode> list = new ArrayList<>();
        array.forEach(list::add);
        return list;
    }

    private static JsonNode detail(JsonNode entry) {
        try {
            return JSON.readTree(entry.path("Detail").asText());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode invoke(OrderEventFunction<?> handler, String event) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            handler.handleRequest(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), out,
                    new LambdaTestContext("request-1"));
            return JSON.readTree(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> withVerySlowOrder() {
        List<String> events = new ArrayList<>();
        events.add(event("s-late", "OrderManager.WaitingCompletion", START.minusSeconds(1200), "o-late",
                "\"drinkOrder\":{\"drink\":\"Caffe Latte\"},"));
        events.add(event("c-late", "OrderManager.OrderNYC-COMPLETED", START, "o-late", ""));
        events.addAll(SLOW_ORDERS);
        return List.copyOf(events);
    }

    /** Each order's submission, then each order's completion 10 minutes later, in time order. */
    private static List<String> slowOrders(int count) {
        List<String> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            events.add(event("s" + i, "OrderManager.WaitingCompletion", START.plusSeconds(30L * i), "o" + i,
                    "\"drinkOrder\":{\"drink\":\"Caffe Latte\"},"));
        }
        for (int i = 0; i < count; i++) {
            events.add(event("c" + i, "OrderManager.OrderNYC-COMPLETED", START.plusSeconds(600 + 30L * i), "o" + i,
                    ""));
        }
        return events;
    }

    private static String event(String id, String detailType, Instant time, String orderId, String extra) {
        return "{\"version\":\"0\",\"id\":\"" + id + "\",\"detail-type\":\"" + detailType + "\","
                + "\"source\":\"awsserverlessda.serverlesspresso\",\"account\":\"123456789012\",\"time\":\"" + time
                + "\",\"region\":\"us-west-2\",\"resources\":[],\"detail\":{" + extra
                + "\"orderId\":\"" + orderId + "\",\"eventId\":\"NYC\"}}";
    }
}
