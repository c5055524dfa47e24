package dev.adhoc.waittimes.player.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.adhoc.waittimes.testsupport.DynaliteExtension;
import dev.adhoc.waittimes.testsupport.DynaliteServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code --store dynamodb} against dynalite on loopback (started by the tests). */
@ExtendWith(DynaliteExtension.class)
class DynamoDbStoreTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger TABLES = new AtomicInteger();

    /** Its run printed what the in-memory store gives. */
    @RegisterExtension
    static final SimulatedDay SIMULATED = new SimulatedDay("--orders", "150", "--seed", "5", "--duplicates", "5",
            "--reorder", "60", "--cancel", "10");

    private static String newTable() {
        return "player-test-" + TABLES.incrementAndGet() + "-" + ProcessHandle.current().pid();
    }

    private static PlayerRun replayOnDynamoDb(DynaliteServer dynalite, String table, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("replay", SIMULATED.events().toString(), "--format",
                "jsonl", "--store", "dynamodb", "--dynamodb-endpoint", dynalite.endpoint().toString(), "--table", table));
        args.addAll(List.of(more));
        return PlayerRun.of(args.toArray(String[]::new));
    }

    /** @return the last update of each tenant and drink: what the screens show at the end */
    private static Map<String, JsonNode> finalDetails(PlayerRun run) {
        Map<String, JsonNode> last = new TreeMap<>();
        for (String line : run.outLines()) {
            try {
                JsonNode detail = JSON.readTree(line).get("detail");
                last.put(detail.get("eventId").textValue() + "/" + detail.get("drink").textValue(), detail);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return last;
    }

    @Test
    void dynamodb_gives_the_same_final_averages_as_memory_on_the_same_simulated_stream(DynaliteServer dynalite) {
        PlayerRun onDynamoDb = replayOnDynamoDb(dynalite, newTable(), "--create-table");

        assertThat(onDynamoDb.status()).as(onDynamoDb.toString()).isZero();
        Map<String, JsonNode> expected = finalDetails(SIMULATED.run());
        assertThat(expected).hasSizeGreaterThan(10);
        assertThat(finalDetails(onDynamoDb)).isEqualTo(expected);
        assertThat(onDynamoDb.out()).isEqualTo(SIMULATED.run().out());
        assertThat(onDynamoDb.errLines()).last().asString().startsWith("dynamodb: ").contains("UpdateItem", "GetItem");
    }

    @Test
    void replaying_the_same_file_into_the_same_table_again_changes_nothing_and_only_announces_windows_again(
            DynaliteServer dynalite) {
        String table = newTable();
        PlayerRun first = replayOnDynamoDb(dynalite, table, "--create-table");
        assertThat(first.status()).isZero();
        PlayerRun again = replayOnDynamoDb(dynalite, table);
        assertThat(again.status()).as(again.toString()).isZero();
        // every event is a redelivery: an order in a window announces it again, with an id already emitted
        assertThat(updateIds(again)).isNotEmpty().isSubsetOf(updateIds(first));
        assertThat(finalDetails(again)).isEqualTo(finalDetails(first));
        assertThat(again.errLines().get(0)).contains(" 0 rejected, ");
    }

    private static java.util.Set<String> updateIds(PlayerRun run) {
        return run.out().lines().map(l -> l.replaceAll(".*\"updateId\":\"([0-9a-f]+)\".*", "$1"))
                .collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void a_missing_table_without_create_table_fails_with_1(DynaliteServer dynalite) {
        PlayerRun run = replayOnDynamoDb(dynalite, newTable());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.errLines()).singleElement().asString()
                .startsWith("event-player: the store failed at start: ").contains("does not exist", "--create-table");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void a_store_that_cannot_be_reached_fails_with_1() throws IOException {
        PlayerRun run = PlayerRun.of("replay", SIMULATED.events().toString(), "--format", "jsonl", "--store", "dynamodb",
                "--dynamodb-endpoint", "http://127.0.0.1:" + UsageAndExitStatusTest.closedPort(), "--create-table");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.errLines()).singleElement().asString().startsWith("event-player: the store failed at start: ");
    }
}
