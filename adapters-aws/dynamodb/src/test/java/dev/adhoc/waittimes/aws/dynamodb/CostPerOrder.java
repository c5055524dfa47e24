package dev.adhoc.waittimes.aws.dynamodb;

import dev.adhoc.waittimes.core.domain.ClosingReason;
import dev.adhoc.waittimes.core.domain.Drink;
import dev.adhoc.waittimes.core.domain.Occurrence;
import dev.adhoc.waittimes.core.domain.OrderClosed;
import dev.adhoc.waittimes.core.domain.OrderCompleted;
import dev.adhoc.waittimes.core.domain.OrderId;
import dev.adhoc.waittimes.core.domain.OrderSubmitted;
import dev.adhoc.waittimes.core.domain.TenantId;
import dev.adhoc.waittimes.core.engine.Sample;
import dev.adhoc.waittimes.core.engine.Window;
import dev.adhoc.waittimes.core.engine.WindowKey;
import dev.adhoc.waittimes.core.waittimes.port.in.Outcome;
import dev.adhoc.waittimes.core.waittimes.CompletionMode;
import dev.adhoc.waittimes.core.waittimes.WaitFigures;
import dev.adhoc.waittimes.core.waittimes.WaitTimeSettings;
import dev.adhoc.waittimes.core.waittimes.WaitTimesService;
import dev.adhoc.waittimes.testsupport.DynaliteServer;
import software.amazon.awssdk.retries.api.BackoffStrategy;
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
 * A measurement, not a test: DynamoDB requests and capacity units per event — submission, completion, duplicate
 * completion, withdrawal — for this project's store after a history of past orders of the same key, and for the
 * reference extension's approach, over dynalite. Prints Markdown (docs/cost-per-order.md holds a run).
 *
 * <pre>
 * ./mvnw -B -q -pl adapters-aws/dynamodb -am -Pcost-per-order -DskipTests test
 * ./mvnw -B -q -pl adapters-aws/dynamodb -am -Pcost-per-order -DskipTests test -Dcost.histories=100,10000
 * ./mvnw -B -q -pl adapters-aws/dynamodb -am -Pcost-per-order -DskipTests test -Dcost.histories=100 -Dcost.load=service
 * </pre>
 *
 * The history is written straight into the table in the stores' layout with {@code BatchWriteItem} ({@link History};
 * {@code StoreBehindTheServiceTest} checks it is what recording the orders leaves); {@code -Dcost.load=service}
 * records it through the service instead (about 5 requests an order: slow beyond a few thousand orders).
 *
 * <p>The reference approach, measured the same way: a table keyed by {@code orderId} with a global secondary index
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
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final int WINDOW = 10;
    private static final OrderId NEW = new OrderId("new-order");

    /**
     * One measured event: what it cost on dynalite and what it computed.
     *
     * @param gsiWrites write units of a secondary index (the reference's GSI, our rank LSI), which DynamoDB bills and
     *                  dynalite does not report
     */
    private record Row(int history, String store, String event, DynamoDbRequestMeter.Snapshot cost, double gsiWrites,
                       String answer) {
        double reads() {
            return cost.capacityUnits().entrySet().stream().filter(e -> READS.contains(e.getKey()))
                    .mapToDouble(Map.Entry::getValue).sum();
        }

        double writes() {
            return cost.totalCapacityUnits() - reads() + gsiWrites;
        }

        /** Refused conditional writes: DynamoDB bills each the write units of the larger item (all ours: 1). */
        long refusedWrites() {
            return cost.refused("UpdateItem") + cost.refused("PutItem");
        }

        /** The GetItem each refused UpdateItem makes on dynalite, where DynamoDB returns the item with the failure. */
        long dynaliteOnlyReads() {
            return store.equals("ours") ? cost.refused("UpdateItem") : 0;
        }

        double dynamoDbReads() {
            long gets = cost.requests("GetItem");
            return reads() - (gets == 0 ? 0 : cost.capacityUnits("GetItem") / gets * dynaliteOnlyReads());
        }

        double dynamoDbWrites() {
            return writes() + refusedWrites();
        }

        double dollarsPerMillion() {
            return dynamoDbWrites() * WRITE_PRICE + dynamoDbReads() * READ_PRICE;
        }
    }

    private CostPerOrder() {
    }

    /** @param args history sizes (default: system property {@code cost.histories}, else 100 and 100000) */
    public static void main(String[] args) {
        String[] sizes = args.length > 0 ? args : System.getProperty("cost.histories", "100,100000").split(",");
        int[] histories = Arrays.stream(sizes).map(String::strip).mapToInt(Integer::parseInt).toArray();
        boolean throughService = System.getProperty("cost.load", "batch").equals("service");
        List<Row> rows = new ArrayList<>();
        try (DynaliteServer dynalite = DynaliteServer.start()) {
            for (int history : histories) {
                rows.addAll(ours(dynalite, history, throughService));
                rows.addAll(reference(dynalite, history));
            }
        }
        print(rows, throughService);
    }

    private static List<Row> ours(DynaliteServer dynalite, int history, boolean throughService) {
        DynamoDbRequestMeter meter = new DynamoDbRequestMeter();
        try (DynamoDbClient client = LocalDynamo.client(dynalite, meter)) {
            WaitTimesTable table = LocalDynamo.newTable(client);
            WaitTimesService service = service(client, table, WaitTimeSettings.DEFAULTS.withWindowSize(WINDOW));
            Instant start = start(history);
            progress("ours: loading %,d past orders (%s)", history, throughService ? "through the service" : "BatchWriteItem");
            long loading = System.nanoTime();
            if (throughService) {
                for (int i = 0; i < history; i++) {
                    History.order(KEY, start, i).events().forEach(service::record);
                }
            } else {
                History.load(client, table.name(), history, i -> History.items(table, WaitTimesService.NAME, KEY,
                        History.order(KEY, start, i), NOW.plus(WaitTimeSettings.DEFAULTS.orderRetention())));
            }
            progress("ours: loaded in %.1f s", (System.nanoTime() - loading) / 1e9);

            List<Sample> past = latestPast(history, start);
            Sample fresh = new Sample(NEW, NOW, 90_000);
            List<Row> rows = new ArrayList<>();
            meter.reset();
            service.record(new OrderSubmitted(TENANT, NEW, DRINK, new Occurrence(NOW.minusSeconds(90), "s-new")));
            rows.add(new Row(history, "ours", "submission", meter.snapshot(), 0, ""));

            OrderCompleted completion = new OrderCompleted(TENANT, NEW, new Occurrence(NOW, "c-new"));
            meter.reset();
            Outcome completed = service.record(completion);
            // the new index item gets a rank: one write of the rank index (LSI), which dynalite does not report
            rows.add(new Row(history, "ours", "completion", meter.snapshot(), 1,
                    answer(completed, truth(fresh, past.subList(0, WINDOW - 1)))));

            meter.reset();
            Outcome duplicate = service.record(completion);
            rows.add(new Row(history, "ours", "duplicate completion", meter.snapshot(), 0,
                    duplicate.updates().isEmpty() ? "emits nothing"
                            : duplicate.updates().equals(completed.updates()) ? "announces the same update again (same id)"
                            : "WRONG: emits " + duplicate.updates()));

            WaitTimesService finished = service(client, table, WaitTimeSettings.DEFAULTS.withWindowSize(WINDOW)
                    .withCompletionMode(CompletionMode.FINISHED));
            meter.reset();
            Outcome withdrawn = finished.record(new OrderClosed(TENANT, NEW, ClosingReason.CANCELLED,
                    new Occurrence(NOW.plusSeconds(1), "x-new")));
            // the tombstone removes the item's rank: one delete in the rank index (LSI)
            rows.add(new Row(history, "ours", "withdrawal ³", meter.snapshot(), 1,
                    answer(withdrawn, truth(null, past.subList(0, Math.min(WINDOW, past.size()))))));
            return rows;
        }
    }

    private static WaitTimesService service(DynamoDbClient client, WaitTimesTable table, WaitTimeSettings settings) {
        return WaitTimesService.builder()
                .settings(settings)
                .orderRecords(new DynamoDbOrderRecords(client, table, WaitTimesService.NAME))
                .samples(new DynamoDbSampleIndex(client, table, WaitTimesService.NAME, CLOCK))
                .clock(CLOCK)
                .build();
    }

    private static List<Row> reference(DynaliteServer dynalite, int history) {
        DynamoDbRequestMeter meter = new DynamoDbRequestMeter();
        try (DynamoDbClient client = LocalDynamo.client(dynalite, meter)) {
            String table = "reference-" + history;
            createReferenceTable(client, table);
            Instant start = start(history);
            progress("reference: loading %,d past orders", history);
            History.load(client, table, history, i -> {
                History.PastOrder past = History.order(KEY, start, i);
                return List.of(Map.of("orderId", AttributeValue.fromS(past.orderId().value()),
                        "drink", AttributeValue.fromS(DRINK.name()),
                        "drink_order_submitted", AttributeValue.fromS(past.submission().occurrence().time().toString()),
                        "drink_order_completed", AttributeValue.fromS(past.completedAt().toString())));
            });
            String truth = seconds(truth(new Sample(NEW, NOW, 90_000), latestPast(history, start).subList(0, WINDOW - 1)));

            List<Row> rows = new ArrayList<>();
            meter.reset();
            client.putItem(r -> r.tableName(table).returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).item(Map.of(
                    "orderId", AttributeValue.fromS(NEW.value()), "drink", AttributeValue.fromS(DRINK.name()),
                    "drink_order_submitted", AttributeValue.fromS(NOW.minusSeconds(90).toString()))));
            rows.add(new Row(history, "reference", "submission", meter.snapshot(), 1, ""));

            meter.reset();
            client.updateItem(r -> r.tableName(table).returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
                    .key(Map.of("orderId", AttributeValue.fromS(NEW.value())))
                    .updateExpression("SET drink_order_completed = :c")
                    .expressionAttributeValues(Map.of(":c", AttributeValue.fromS(NOW.toString()))));
            String drink = client.getItem(r -> r.tableName(table).returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
                    .key(Map.of("orderId", AttributeValue.fromS(NEW.value())))).item().get("drink").s();
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
            String computed = seconds(average);
            rows.add(new Row(history, "reference", "completion", meter.snapshot(), 1,
                    (computed.equals(truth) ? "right" : "WRONG") + ": " + computed + " s (true " + truth + " s); " + paging));
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
                o -> o.backoffStrategyV2(BackoffStrategy.fixedDelayWithoutJitter(Duration.ofMillis(100))).maxAttempts(300));
    }

    /** Past orders start early enough that the last completes before the new order's submission. */
    private static Instant start(int history) {
        return NOW.minus(Duration.ofMinutes(history + 30L));
    }

    /** @return the past orders' samples, latest completion first (only the last few orders can be among the latest) */
    private static List<Sample> latestPast(int history, Instant start) {
        List<Sample> samples = new ArrayList<>();
        for (int i = Math.max(0, history - 3 * WINDOW); i < history; i++) {
            History.PastOrder order = History.order(KEY, start, i);
            samples.add(new Sample(order.orderId(), order.completedAt(), order.waitMillis()));
        }
        samples.sort(Sample.LATEST_FIRST);
        return samples;
    }

    /** @return the mean wait, in seconds, of a window of these samples (the contract's average) */
    private static double truth(Sample fresh, List<Sample> past) {
        List<Sample> window = new ArrayList<>(past);
        if (fresh != null) {
            window.add(fresh);
        }
        return WaitFigures.of(new Window(window)).average().toMillis() / 1000.0;
    }

    private static String answer(Outcome outcome, double truth) {
        if (outcome.updates().size() != 1) {
            return "WRONG: " + outcome.updates().size() + " updates";
        }
        WaitFigures figures = outcome.updates().get(0).figures();
        String computed = seconds(figures.average().toMillis() / 1000.0);
        String expected = seconds(truth);
        return (computed.equals(expected) ? "right" : "WRONG") + ": " + computed + " s over " + figures.sampleSize()
                + " (true " + expected + " s)";
    }

    private static String seconds(double seconds) {
        return String.format(Locale.ROOT, "%.1f", seconds);
    }

    private static void progress(String format, Object... args) {
        System.err.printf(Locale.ROOT, format + "%n", args);
    }

    private static void print(List<Row> rows, boolean throughService) {
        System.out.println("| past orders | store | event | requests (dynalite) | read units | write units | on DynamoDB: read + write units | result |");
        System.out.println("|---:|---|---|---|---:|---:|---|---|");
        for (Row row : rows) {
            System.out.printf(Locale.ROOT, "| %,d | %s | %s | %s | %s | %s | %s + %s | %s |%n", row.history(), row.store(),
                    row.event(), requests(row.cost()), units(row.reads()), units(row.writes()) + (row.gsiWrites() > 0 ? " ¹" : ""),
                    units(row.dynamoDbReads()), units(row.dynamoDbWrites()) + (row.refusedWrites() > 0 ? " ²" : ""), row.answer());
        }
        System.out.println();
        System.out.println("History " + (throughService ? "recorded through the service." : "written with BatchWriteItem in the stores' layout."));
        System.out.println("¹ includes 1 write unit of a secondary index, which DynamoDB bills and dynalite does not report: the"
                + " reference's GSI (projection ALL), or our rank LSI when an index item gains or loses its rank.");
        System.out.println("² a refused conditional write: dynalite reports no capacity, DynamoDB bills the write units of the larger item"
                + " (1); and DynamoDB returns the stored item with the refusal (ReturnValuesOnConditionCheckFailure), so the"
                + " GetItem dynalite needs after a refused UpdateItem is not made.");
        System.out.println("³ compatibility mode (FINISHED): the new order is cancelled after it was counted; it leaves the full window"
                + " and the next sample in the index comes back.");
        System.out.println();
        System.out.printf(Locale.ROOT, "USD per million, on DynamoDB (column 'on DynamoDB'), on-demand at $%.3f per million"
                + " write units and $%.3f per million read units:%n%n", WRITE_PRICE, READ_PRICE);
        System.out.println("| past orders | ours: orders (submission + completion) | ours: duplicates | ours: withdrawals | reference: orders |");
        System.out.println("|---:|---:|---:|---:|---:|");
        for (int history : rows.stream().mapToInt(Row::history).distinct().toArray()) {
            System.out.printf(Locale.ROOT, "| %,d | %s | %s | %s | %s |%n", history,
                    dollars(rows, history, "ours", "submission", "completion"),
                    dollars(rows, history, "ours", "duplicate completion"),
                    dollars(rows, history, "ours", "withdrawal ³"),
                    dollars(rows, history, "reference", "submission", "completion"));
        }
    }

    private static String dollars(List<Row> rows, int history, String store, String... events) {
        List<String> wanted = List.of(events);
        double usd = rows.stream().filter(r -> r.history() == history && r.store().equals(store) && wanted.contains(r.event()))
                .mapToDouble(Row::dollarsPerMillion).sum();
        return String.format(Locale.ROOT, "$%.2f", usd);
    }

    private static String requests(DynamoDbRequestMeter.Snapshot cost) {
        StringBuilder text = new StringBuilder();
        cost.requests().entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.comparing(CostPerOrder::rank)))
                .forEach(e -> {
                    text.append(text.length() == 0 ? "" : " + ").append(e.getValue()).append(' ').append(e.getKey());
                    long refused = cost.refused(e.getKey());
                    if (refused > 0) {
                        text.append(refused == e.getValue() ? " (refused)" : " (" + refused + " refused)");
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
