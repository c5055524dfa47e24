package dev.adhoc.waittimes.player.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.adhoc.waittimes.aws.catalog.EventCatalog;
import dev.adhoc.waittimes.aws.dynamodb.DynamoDbClients;
import dev.adhoc.waittimes.aws.dynamodb.DynamoDbConfig;
import dev.adhoc.waittimes.aws.dynamodb.WaitTimesTable;
import dev.adhoc.waittimes.testsupport.DynaliteExtension;
import dev.adhoc.waittimes.testsupport.DynaliteServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --extension wait-times|alerts|throughput}: the same output contract for each (jsonl = one PutEvents-shaped
 * entry per emitted event on stdout, rejections and the summary on stderr; the table shows the extension's figures),
 * on either store, several extensions on one table.
 */
@ExtendWith(DynaliteExtension.class)
class ExtensionOptionTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final EventCatalog CATALOG = EventCatalog.load();
    private static final String SAMPLE = SampleFileTest.sample().toString();

    /** Checks the run's jsonl contract; @return the details, in order */
    private static List<JsonNode> details(PlayerRun run, String detailType) throws IOException {
        assertThat(run.status()).as(run.toString()).isZero();
        List<JsonNode> details = new ArrayList<>();
        for (String line : run.outLines()) {
            JsonNode event = JSON.readTree(line);
            assertThat(event.get("detail-type").textValue()).isEqualTo(detailType);
            assertThat(CATALOG.validateDetail(event.get("source").textValue(), detailType, event.get("detail").toString())
                    .isValidAndKnown()).as(line).isTrue();
            details.add(event.get("detail"));
        }
        assertThat(run.errLines()).hasSize(2);
        assertThat(run.errLines().get(0)).startsWith("summary: ").contains(" " + details.size() + " updates emitted");
        return details;
    }

    @Test
    void alerts_print_one_catalogued_alert_per_crossing_and_each_drinks_alerts_alternate() throws IOException {
        List<JsonNode> alerts = details(PlayerRun.of("replay", SAMPLE, "--extension", "alerts", "--alert-threshold",
                "150", "--format", "jsonl"), "OrderManager.WaitTimeAlert");

        assertThat(alerts).hasSizeGreaterThan(5);
        Map<String, String> last = new HashMap<>();
        for (JsonNode alert : alerts) {
            String key = alert.get("eventId").textValue() + "/" + alert.get("drink").textValue();
            assertThat(alert.get("state").textValue()).as(key).isNotEqualTo(last.getOrDefault(key, "CLEARED"));
            assertThat(alert.get("threshold").intValue()).isEqualTo(150);
            last.put(key, alert.get("state").textValue());
        }
        assertThat(alerts).anyMatch(a -> a.get("state").textValue().equals("CLEARED"));
    }

    @Test
    void throughput_prints_one_catalogued_figure_per_update_of_a_tenant() throws IOException {
        List<JsonNode> updates = details(PlayerRun.of("replay", SAMPLE, "--extension", "throughput", "--format",
                "jsonl"), "OrderManager.Throughput");

        assertThat(updates).extracting(d -> d.get("eventId").textValue()).containsOnly("NYC", "LDN");
        assertThat(updates).allSatisfy(d -> assertThat(d.get("completedLast15Minutes").intValue()).isPositive());
    }

    @Test
    void wait_times_is_the_default() {
        PlayerRun named = PlayerRun.of("replay", SAMPLE, "--extension", "wait-times", "--format", "jsonl");

        assertThat(named.status()).isZero();
        assertThat(named.out()).isNotEmpty().isEqualTo(PlayerRun.of("replay", SAMPLE, "--format", "jsonl").out());
    }

    @Test
    void the_table_shows_the_extensions_figures() {
        PlayerRun alerts = PlayerRun.of("replay", SAMPLE, "--extension", "alerts");
        PlayerRun throughput = PlayerRun.of("replay", SAMPLE, "--extension", "throughput");

        assertThat(alerts.outLines().get(0)).matches("TENANT +DRINK +P90 +SAMPLES +STATE +ALERTS");
        assertThat(alerts.outLines()).anyMatch(l -> l.matches("NYC +Caffe Latte +[0-9.]+ s +[0-9]+/20 +(RAISED|clear) +[0-9]+"));
        assertThat(throughput.outLines().get(0)).matches("TENANT +LAST 15 MIN +AS OF +UPDATES");
        assertThat(throughput.outLines()).anyMatch(l -> l.matches("LDN +[0-9]+ +2026-11-27T[0-9:]+Z +[0-9]+"));
        assertThat(alerts.outLines()).anyMatch(l -> l.startsWith("summary: "));
        assertThat(alerts.err() + throughput.err()).isEmpty();
    }

    @Test
    void simulate_runs_them_too() throws IOException {
        List<JsonNode> updates = details(PlayerRun.of("simulate", "--orders", "100", "--extension", "throughput",
                "--format", "jsonl"), "OrderManager.Throughput");

        assertThat(updates).isNotEmpty();
    }

    @Test
    void alerts_reject_only_negative_waits_not_long_ones() {
        String input = Events.mochaOrders("2026-11-27T08:00:00Z", "2026-11-27T08:40:00Z",
                "2026-11-27T08:10:00Z", "2026-11-27T08:05:00Z");
        PlayerRun run = PlayerRun.withInput(input, "replay", "-", "--extension", "alerts", "--format", "jsonl");

        assertThat(run.outLines()).singleElement().asString().contains("\"p90\":2400", "\"state\":\"RAISED\"");
        assertThat(run.errLines().get(0)).startsWith("rejected line 4: NEGATIVE_WAIT: ");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            --extension alerts --window 5                     | --window applies only with --extension wait-times
            --extension throughput --max-wait 60              | --max-wait applies only with --extension wait-times
            --extension alerts --completion finished          | --completion applies only with --extension wait-times
            --extension throughput --alert-threshold 60       | --alert-threshold applies only with --extension alerts
            --alert-threshold 60                              | --alert-threshold applies only with --extension alerts
            --extension alerts --alert-threshold 86401        | --alert-threshold must be between 0 and 86400 seconds
            --extension alert                                 | expected wait-times or alerts or throughput, was 'alert'
            --extension alerts --board                        | --board shows wait times
            --extension throughput --publish eventbridge      | --publish eventbridge applies only with --extension wait-times
            --extension alerts --target stepfunctions --stack S | --extension applies only with --target local
            """)
    void options_that_do_not_apply_to_the_extension_are_usage_errors(String options, String message) {
        List<String> args = new ArrayList<>(List.of("replay", SAMPLE));
        args.addAll(List.of(options.trim().split(" +")));
        PlayerRun run = PlayerRun.of(args.toArray(String[]::new));

        assertThat(run.status()).as(run.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).singleElement().asString().contains(message);
    }

    @Test
    void the_three_extensions_share_one_dynamodb_table_each_under_its_own_prefix_as_they_run_in_memory(
            DynaliteServer dynalite, @TempDir Path dir) {
        String events = dir.resolve("events.jsonl").toString();
        assertThat(PlayerRun.of("simulate", "--orders", "80", "--seed", "7", "--duplicates", "5", "--reorder", "60",
                "--format", "jsonl", "--write-events", events).status()).isZero();
        String table = "player-extensions-" + ProcessHandle.current().pid();
        for (List<String> extension : List.of(List.of("wait-times"), List.of("alerts", "--alert-threshold", "120"),
                List.of("throughput"))) {
            List<String> args = new ArrayList<>(List.of("replay", events, "--format", "jsonl", "--extension"));
            args.addAll(extension);
            PlayerRun inMemory = PlayerRun.of(args.toArray(String[]::new));
            args.addAll(List.of("--store", "dynamodb", "--dynamodb-endpoint", dynalite.endpoint().toString(), "--table",
                    table, "--create-table"));
            PlayerRun onDynamoDb = PlayerRun.of(args.toArray(String[]::new));

            assertThat(onDynamoDb.status()).as(onDynamoDb.toString()).isZero();
            assertThat(onDynamoDb.out()).as(extension.get(0)).isNotEmpty().isEqualTo(inMemory.out());
        }
        DynamoDbConfig config = DynamoDbConfig.local(table, dynalite.endpoint());
        Set<String> prefixes = new TreeSet<>();
        try (DynamoDbClient client = DynamoDbClients.create(config)) {
            client.scanPaginator(ScanRequest.builder().tableName(table).build()).items()
                    .forEach(item -> prefixes.add(item.get(WaitTimesTable.PARTITION_KEY).s().split("#")[0]));
        }
        assertThat(prefixes).containsExactly("throughput", "wait-time-alerts", "wait-times");
    }
}
