package dev.adhoc.waittimes.acceptance.extensions;

import dev.adhoc.waittimes.aws.contract.ContractJson;
import dev.adhoc.waittimes.aws.contract.OrderEventParser;
import dev.adhoc.waittimes.aws.contract.ParseResult;
import dev.adhoc.waittimes.aws.contract.PutEventsEntry;
import dev.adhoc.waittimes.aws.contract.WaitTimeEntries;
import dev.adhoc.waittimes.aws.dynamodb.DynamoDbOrderRecords;
import dev.adhoc.waittimes.aws.dynamodb.DynamoDbSampleIndex;
import dev.adhoc.waittimes.aws.dynamodb.WaitTimesTable;
import dev.adhoc.waittimes.core.domain.OrderEvent;
import dev.adhoc.waittimes.core.engine.Configuration;
import dev.adhoc.waittimes.core.engine.Engine;
import dev.adhoc.waittimes.core.engine.Update;
import dev.adhoc.waittimes.core.waittimes.CompletionMode;
import dev.adhoc.waittimes.core.waittimes.WaitTimeSettings;
import dev.adhoc.waittimes.core.waittimes.WaitTimeUpdate;
import dev.adhoc.waittimes.core.waittimes.WaitTimesService;
import dev.adhoc.waittimes.extensions.alerts.WaitTimeAlertEntries;
import dev.adhoc.waittimes.extensions.alerts.WaitTimeAlerts;
import dev.adhoc.waittimes.extensions.throughput.Throughput;
import dev.adhoc.waittimes.extensions.throughput.ThroughputEntries;
import dev.adhoc.waittimes.extensiontesting.FreshTable;
import dev.adhoc.waittimes.extensiontesting.Stores;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine keeps each extension under its own key prefix ({@code Configuration.name()}), so several extensions
 * share one table: wait times, wait-time alerts and throughput run side by side on one dynalite table, event by
 * event over a simulated coffee-bar day, and each emits exactly what it emits alone in memory.
 */
class ThreeExtensionsOnOneTableTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T08:00:00Z"), ZoneOffset.UTC);
    private static final String BUS = "Serverlesspresso";
    private static final Duration ALERT_ABOVE = Duration.ofMinutes(3);

    /** One extension as a deployment runs it: an event in, the PutEvents entries it emits out. */
    private interface Running {
        List<PutEventsEntry> record(OrderEvent event);
    }

    @Test
    void wait_times_alerts_and_throughput_share_a_table_each_under_its_own_prefix() throws IOException {
        List<OrderEvent> day = coffeeBarDay();
        try (FreshTable fresh = FreshTable.create("three-extensions")) {
            DynamoDbClient client = fresh.client();
            WaitTimesTable table = fresh.table();
            Function<String, Stores> shared = prefix -> new Stores(new DynamoDbOrderRecords(client, table, prefix),
                    new DynamoDbSampleIndex(client, table, prefix, CLOCK), () -> { });
            Function<String, Stores> alone = prefix -> Stores.inMemory(CLOCK);

            List<List<PutEventsEntry>> onOneTable = run(day, shared);
            List<List<PutEventsEntry>> eachInMemory = run(day, alone);

            assertThat(onOneTable.get(0)).as("wait times").isNotEmpty().isEqualTo(eachInMemory.get(0));
            assertThat(onOneTable.get(1)).as("alerts").isNotEmpty().isEqualTo(eachInMemory.get(1));
            assertThat(onOneTable.get(2)).as("throughput").isNotEmpty().isEqualTo(eachInMemory.get(2));
            assertThat(onOneTable).extracting(entries -> entries.get(0).detailType()).containsExactly(
                    "OrderManager.DrinkAverageTime", "OrderManager.WaitTimeAlert", "OrderManager.Throughput");

            Map<String, Long> itemsByPrefix = itemsByPrefix(client, table);
            assertThat(itemsByPrefix).containsOnlyKeys("wait-times", "wait-time-alerts", "throughput");
            assertThat(itemsByPrefix.get("wait-time-alerts")).isGreaterThan(0);
        }
    }

    /** Runs the three extensions side by side, each on the stores {@code stores} gives its prefix. */
    private static List<List<PutEventsEntry>> run(List<OrderEvent> day, Function<String, Stores> stores) {
        WaitTimeEntries waitTimeEntries = new WaitTimeEntries(ContractJson.newMapper(), BUS);
        Stores w = stores.apply(WaitTimesService.NAME);
        WaitTimesService waitTimes = WaitTimesService.builder().settings(WaitTimeSettings.DEFAULTS)
                .orderRecords(w.orders()).samples(w.samples()).clock(CLOCK).build();
        Engine<Duration> alerts = engine(WaitTimeAlerts.configuration(), stores);
        WaitTimeAlertEntries alertEntries = new WaitTimeAlertEntries(BUS, ALERT_ABOVE);
        Engine<Integer> throughput = engine(Throughput.configuration(), stores);
        ThroughputEntries throughputEntries = new ThroughputEntries(BUS);

        List<Running> running = List.of(
                e -> waitTimes.record(e).updates().stream().map(waitTimeEntries::entry).toList(),
                e -> alerts.record(e).updates().stream().map(alertEntries::entry).flatMap(Optional::stream).toList(),
                e -> throughput.record(e).updates().stream().map(throughputEntries::entry).toList());
        List<List<PutEventsEntry>> emitted = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (OrderEvent event : day) {
            for (int i = 0; i < running.size(); i++) {
                emitted.get(i).addAll(running.get(i).record(event));
            }
        }
        return emitted;
    }

    private static <F> Engine<F> engine(Configuration<F> configuration, Function<String, Stores> stores) {
        Stores s = stores.apply(configuration.name());
        return new Engine<>(configuration, s.orders(), s.samples(), CLOCK);
    }

    /** The consumed events of the repository's simulated coffee-bar day, in file order. */
    private static List<OrderEvent> coffeeBarDay() throws IOException {
        OrderEventParser parser = new OrderEventParser(CompletionMode.COMPLETED);
        Path file = Path.of(System.getProperty("repo.root"), "samples", "coffee-bar-day.jsonl");
        List<OrderEvent> events = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (parser.parse(line, "sample") instanceof ParseResult.Parsed parsed) {
                events.add(parsed.event());
            }
        }
        return events;
    }

    private static Map<String, Long> itemsByPrefix(DynamoDbClient client, WaitTimesTable table) {
        return client.scanPaginator(r -> r.tableName(table.name())).items().stream()
                .map(item -> item.get(WaitTimesTable.PARTITION_KEY).s())
                .collect(Collectors.groupingBy(pk -> pk.substring(0, pk.indexOf('#')), TreeMap::new,
                        Collectors.counting()));
    }
}
