package dev.adhoc.waittimes.aws.dynamodb;

import dev.adhoc.waittimes.core.application.WaitTimesService;
import dev.adhoc.waittimes.core.domain.Drink;
import dev.adhoc.waittimes.core.domain.LatestCompletions;
import dev.adhoc.waittimes.core.domain.Occurrence;
import dev.adhoc.waittimes.core.domain.OrderCompleted;
import dev.adhoc.waittimes.core.domain.OrderId;
import dev.adhoc.waittimes.core.domain.OrderRecord;
import dev.adhoc.waittimes.core.domain.OrderSubmitted;
import dev.adhoc.waittimes.core.domain.TenantId;
import dev.adhoc.waittimes.core.domain.WaitSample;
import dev.adhoc.waittimes.core.domain.Window;
import dev.adhoc.waittimes.core.domain.WindowKey;
import dev.adhoc.waittimes.core.port.in.Outcome;
import dev.adhoc.waittimes.testsupport.DynaliteServer;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A measurement, not a test: DynamoDB requests and capacity units per submission and per completion, for this
 * project's store and for the reference extension's approach, after a history of 100, 10,000 and 100,000
 * completed orders of one drink, over dynalite. Prints Markdown (docs/cost-per-order.md holds a run).
 *
 * <pre>
 * ./mvnw -B -q -pl adapters-aws -am -Pcost-per-order -DskipTests test
 * ./mvnw -B -q -pl adapters-aws -am -Pcost-per-order -DskipTests test -Dcost.histories=100,1000
 * </pre>
 *
 * The reference approach, measured the same way: a table keyed by {@code orderId} with a global secondary index
 * on {@code drink} (projection ALL); a submission is one {@code PutItem}; a completion is one {@code UpdateItem},
 * one {@code GetItem} (the order's drink) and one {@code Query} of every order of the drink on the index, first
 * page only (no pagination), whose 10 latest completions give the average.
 */
public final class CostPerOrder {
    /** USD per million write request units: DynamoDB on-demand, us-east-1 list price as we know it (2026-11-27). */
    static final double WRITE_PRICE = 0.625;
    /** USD per million read request units: DynamoDB on-demand, us-east-1 list price as we know it (2026-11-27). */
    static final double READ_PRICE = 0.125;
    private static final Set<String> READS = Set.of("GetItem", "Query", "Scan", "BatchGetItem");
    private static final TenantId TENANT = new TenantId("NYC");
    private static final Drink DRINK = new Drink("Caffe Latte");
    private static final WindowKey KEY = new WindowKey(TENANT, DRINK);
    private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");
    private static final int WINDOW = 10;

    /** One measured event: what it cost and what it computed. */
    private record Row(int history, String store, String event, DynamoDbRequestMeter.Snapshot cost, double gsiWrites,
                       String answer) {
        double reads() {
            return cost.capacityUnits().entrySet().stream().filter(e -> READS.contains(e.getKey()))
                    .mapToDouble(Map.Entry::getValue).sum();
        }

        double writes() {
            return cost.totalCapacityUnits() - reads() + gsiWrites;
        }
    }

    private CostPerOrder() {
    }

    /** @param args history sizes (default: system property {@code cost.histories}, else 100 10000 100000) */
    public static void main(String[] args) {
        String[] sizes = args.length > 0 ? args : System.getProperty("cost.histories", "100,10000,100000").split(",");
        int[] histories = Arrays.stream(sizes).map(String::strip).mapToInt(Integer::parseInt).toArray();
        List<Row> rows = new ArrayList<>();
        try (DynaliteServer dynalite = DynaliteServer.start()) {
            for (int history : histories) {
                rows.addAll(ours(dynalite, history));
                rows.addAll(reference(dynalite, history));
            }
        }
        print(rows);
    }

    private static List<Row> ours(DynaliteServer dynalite, int history) {
        DynamoDbRequestMeter meter = new DynamoDbRequestMeter();
        try (DynamoDbClient client = LocalDynamo.client(dynalite, meter)) {
            WaitTimesTable table = new WaitTimesTable("ours-" + history);
            table.createIfMissing(client);
            Instant start = start(history);
            progress("ours: loading %,d past orders", history);
            long loading = System.nanoTime();
            History.load(client, table.name(), history, i -> OrderItem.encode(History.completedOrder(TENANT, DRINK, start, i)));
            Window window = Window.empty();
            for (int i = Math.max(0, history - WINDOW); i < history; i++) {
                window = new LatestCompletions(WINDOW).admit(window, History.completedOrder(TENANT, DRINK, start, i).sample().orElseThrow().sample());
            }
            progress("ours: loaded in %.1f s", (System.nanoTime() - loading) / 1e9);
            Map<String, AttributeValue> windowItem = WindowItem.encode(KEY, window, 1);
            client.putItem(r -> r.tableName(table.name()).item(windowItem));

            WaitTimesService service = WaitTimesService.builder()
                    .orderRecords(new DynamoDbOrderRecords(client, table))
                    .windows(new DynamoDbWaitTimeWindows(client, table))
                    .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                    .build();
            OrderSubmitted submission = new OrderSubmitted(TENANT, new OrderId("new-order"), DRINK, new Occurrence(NOW.minusSeconds(90), "s-new"));
            OrderCompleted completion = new OrderCompleted(TENANT, new OrderId("new-order"), new Occurrence(NOW, "c-new"));
            String truth = seconds(truth(history, start));

            List<Row> rows = new ArrayList<>();
            meter.reset();
            service.record(submission);
            rows.add(new Row(history, "ours", "submission", meter.snapshot(), 0, ""));
            meter.reset();
            Outcome outcome = service.record(completion);
            rows.add(new Row(history, "ours", "completion", meter.snapshot(), 0,
                    answer(seconds(outcome.updates().get(0).figures().average().toMillis() / 1000.0), truth, "")));
            meter.reset();
            service.record(completion);
            rows.add(new Row(history, "ours", "duplicate completion ²", meter.snapshot(), 0, "emits nothing"));
            return rows;
        }
    }

    private static List<Row> reference(DynaliteServer dynalite, int history) {
        DynamoDbRequestMeter meter = new DynamoDbRequestMeter();
        try (DynamoDbClient client = LocalDynamo.client(dynalite, meter)) {
            String table = "reference-" + history;
            createReferenceTable(client, table);
            Instant start = start(history);
            progress("reference: loading %,d past orders", history);
            History.load(client, table, history, i -> {
                OrderRecord past = History.completedOrder(TENANT, DRINK, start, i);
                return Map.of("orderId", AttributeValue.fromS(past.orderId().value()),
                        "drink", AttributeValue.fromS(DRINK.name()),
                        "drink_order_submitted", AttributeValue.fromS(past.submission().orElseThrow().occurrence().time().toString()),
                        "drink_order_completed", AttributeValue.fromS(past.completion().orElseThrow().time().toString()));
            });
            String truth = seconds(truth(history, start));

            List<Row> rows = new ArrayList<>();
            meter.reset();
            client.putItem(r -> r.tableName(table).returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).item(Map.of(
                    "orderId", AttributeValue.fromS("new-order"), "drink", AttributeValue.fromS(DRINK.name()),
                    "drink_order_submitted", AttributeValue.fromS(NOW.minusSeconds(90).toString()))));
            rows.add(new Row(history, "reference", "submission", meter.snapshot(), 1, ""));

            meter.reset();
            client.updateItem(r -> r.tableName(table).returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
                    .key(Map.of("orderId", AttributeValue.fromS("new-order")))
                    .updateExpression("SET drink_order_completed = :c")
                    .expressionAttributeValues(Map.of(":c", AttributeValue.fromS(NOW.toString()))));
            String drink = client.getItem(r -> r.tableName(table).returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
                    .key(Map.of("orderId", AttributeValue.fromS("new-order")))).item().get("drink").s();
            QueryResponse page = client.query(r -> r.tableName(table).indexName("drinkIndex")
                    .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
                    .keyConditionExpression("drink = :drink")
                    .filterExpression("attribute_exists(drink_order_completed)")
                    .projectionExpression("orderId, drink, drink_order_submitted, drink_order_completed")
                    .expressionAttributeValues(Map.of(":drink", AttributeValue.fromS(drink))));
            double average = page.items().stream()
                    .sorted(Comparator.comparing((Map<String, AttributeValue> i) -> Instant.parse(i.get("drink_order_completed").s())).reversed())
                    .limit(WINDOW)
                    .mapToLong(i -> Duration.between(Instant.parse(i.get("drink_order_submitted").s()),
                            Instant.parse(i.get("drink_order_completed").s())).toMillis())
                    .average().orElse(0) / 1000.0;
            String paging = String.format(Locale.ROOT, "read %,d of %,d orders%s", page.count(), history + 1,
                    page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? ", 1 MB page cut (LastEvaluatedKey ignored)" : "");
            rows.add(new Row(history, "reference", "completion", meter.snapshot(), 1, answer(seconds(average), truth, paging)));
            return rows;
        }
    }

    private static void createReferenceTable(DynamoDbClient client, String table) {
        client.createTable(r -> r.tableName(table).billingMode(BillingMode.PAY_PER_REQUEST)
                .keySchema(KeySchemaElement.builder().attributeName("orderId").keyType(KeyType.HASH).build())
                .attributeDefinitions(
                        AttributeDefinition.builder().attributeName("orderId").attributeType(ScalarAttributeType.S).build(),
                        AttributeDefinition.builder().attributeName("drink").attributeType(ScalarAttributeType.S).build())
                .globalSecondaryIndexes(GlobalSecondaryIndex.builder().indexName("drinkIndex")
                        .keySchema(KeySchemaElement.builder().attributeName("drink").keyType(KeyType.HASH).build())
                        .projection(Projection.builder().projectionType(ProjectionType.ALL).build()).build()));
        client.waiter().waitUntilTableExists(r -> r.tableName(table),
                o -> o.backoffStrategyV2(software.amazon.awssdk.retries.api.BackoffStrategy.fixedDelayWithoutJitter(Duration.ofMillis(100))).maxAttempts(300));
    }

    /** Past orders start early enough that the last completes before the new order's submission. */
    private static Instant start(int history) {
        return NOW.minus(Duration.ofMinutes(history + 30L));
    }

    /** @return the true average, in seconds, of the 10 latest completions: the new order and 9 past ones */
    private static double truth(int history, Instant start) {
        Window window = new Window(List.of(new WaitSample(new OrderId("new-order"), NOW.minusSeconds(90), NOW)));
        LatestCompletions policy = new LatestCompletions(WINDOW);
        for (int i = Math.max(0, history - WINDOW); i < history; i++) {
            window = policy.admit(window, History.completedOrder(TENANT, DRINK, start, i).sample().orElseThrow().sample());
        }
        return policy.summarize(window).average().toMillis() / 1000.0;
    }

    private static String answer(String computed, String truth, String note) {
        String verdict = computed.equals(truth) ? "right" : "WRONG";
        return verdict + ": " + computed + " s (true " + truth + " s)" + (note.isEmpty() ? "" : "; " + note);
    }

    private static String seconds(double seconds) {
        return String.format(Locale.ROOT, "%.1f", seconds);
    }

    private static void progress(String format, Object... args) {
        System.err.printf(Locale.ROOT, format + "%n", args);
    }

    private static void print(List<Row> rows) {
        System.out.println("| past orders | store | event | requests | read units | write units | average computed |");
        System.out.println("|---:|---|---|---|---:|---:|---|");
        for (Row row : rows) {
            System.out.printf(Locale.ROOT, "| %,d | %s | %s | %s | %s | %s | %s |%n", row.history(), row.store(), row.event(),
                    requests(row.cost()), units(row.reads()), units(row.writes()) + (row.gsiWrites() > 0 ? " ¹" : ""),
                    row.answer());
        }
        System.out.println();
        System.out.println("¹ includes 1 write unit for the index (the reference's GSI, projection ALL): DynamoDB bills it, dynalite does not report it.");
        System.out.println("² on DynamoDB the refused UpdateItem returns the stored item (ReturnValuesOnConditionCheckFailure), so the"
                + " first GetItem of the order is not needed (dynalite lacks it), and the refused write is billed 1 write unit"
                + " (dynalite reports none): 1 UpdateItem + 2 GetItem (the window, then the order as stored now), 1 write unit + 2 read units.");
        System.out.println();
        System.out.printf(Locale.ROOT, "USD per million orders (one submission + one completion), on-demand at $%.3f per million"
                + " write units and $%.3f per million read units:%n%n", WRITE_PRICE, READ_PRICE);
        System.out.println("| past orders | ours | reference |");
        System.out.println("|---:|---:|---:|");
        for (int history : rows.stream().mapToInt(Row::history).distinct().toArray()) {
            System.out.printf(Locale.ROOT, "| %,d | %s | %s |%n", history, dollars(rows, history, "ours"), dollars(rows, history, "reference"));
        }
    }

    private static String dollars(List<Row> rows, int history, String store) {
        double usd = rows.stream().filter(r -> r.history() == history && r.store().equals(store)
                        && (r.event().equals("submission") || r.event().equals("completion")))
                .mapToDouble(r -> r.writes() * WRITE_PRICE + r.reads() * READ_PRICE).sum();
        return String.format(Locale.ROOT, "$%.2f", usd);
    }

    private static String requests(DynamoDbRequestMeter.Snapshot cost) {
        StringBuilder text = new StringBuilder();
        cost.requests().entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.comparing(CostPerOrder::rank)))
                .forEach(e -> {
                    text.append(text.length() == 0 ? "" : " + ").append(e.getValue()).append(' ').append(e.getKey());
                    long refused = cost.refused(e.getKey());
                    if (refused > 0) {
                        text.append(" (refused: condition)");
                    }
                });
        return text.toString();
    }

    private static int rank(String operation) {
        return List.of("UpdateItem", "GetItem", "PutItem", "Query").indexOf(operation);
    }

    private static String units(double units) {
        return units == Math.rint(units) ? String.format(Locale.ROOT, "%.0f", units) : String.format(Locale.ROOT, "%.1f", units);
    }
}
