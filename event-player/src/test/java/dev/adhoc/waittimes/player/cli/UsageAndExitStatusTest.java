package dev.adhoc.waittimes.player.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Exit statuses (0 processed, 1 store or bus failed for good, 2 bad usage), one-line usage errors, and --help. */
class UsageAndExitStatusTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "dance",
        "replay",
        "replay no-such-file.jsonl",
        "replay - --window 0",
        "replay - --window 1001",
        "replay - --window ten",
        "replay - --max-wait 0",
        "replay - --store cloud",
        "replay - --format xml",
        "replay - --completion sometimes",
        "replay - --publish kafka",
        "replay - --unknown-option",
        "replay - --create-table",
        "replay - --dynamodb-endpoint http://localhost:8000",
        "replay - --bus other",
        "replay - --store dynamodb --dynamodb-endpoint ftp://localhost:8000",
        "simulate --orders -1",
        "simulate --speed fast",
        "simulate --speed 0",
        "simulate --duplicates 101",
        "simulate --cancel -1",
        "simulate --reorder -5",
        "simulate --tenants NYC,bad#name",
        "simulate --tenants NYC,NYC",
        "simulate --publish eventbridge --store dynamodb",
        "simulate --publish eventbridge --window 5",
        "simulate --reorder 2147483647",
        "simulate --reorder 3601",
        "simulate --speed 1e-300",
        "simulate --speed 0.001",
        "simulate --orders 100000001",
        "replay - --max-wait 86401",
        "replay - --max-clock-skew -1",
        "replay - --max-clock-skew 86401",
        "replay - --store dynamodb --table t2",
        "replay - --publish eventbridge --bus bad#bus",
    })
    void bad_usage_exits_with_2_and_one_line_on_stderr(String args) {
        PlayerRun run = PlayerRun.of(args.isEmpty() ? new String[0] : args.split(" "));
        assertThat(run.status()).as(run.toString()).isEqualTo(2);
        assertThat(run.errLines()).as(run.toString()).hasSize(1);
        assertThat(run.errLines().get(0)).startsWith("event-player").contains("--help");
        assertThat(run.out()).isEmpty();
    }

    /** The player refuses names and endpoints by the rules of their owners, and says those owners' rules. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            simulate --tenants NYC,bad#name                      | --tenants: 'bad#name': tenant (eventId) must be 1-64 letters
            replay - --store dynamodb --table ab                 | --table: 'ab' is not a DynamoDB table name (3-255 letters
            replay - --store dynamodb --dynamodb-endpoint ftp://x | expected an http or https URL with a host, such as http://localhost:8000, was 'ftp://x'
            """)
    void names_and_endpoints_are_refused_by_their_owners_rules(String args, String message) {
        PlayerRun run = PlayerRun.of(args.trim().split(" +"));
        assertThat(run.status()).as(run.toString()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString().contains(message);
    }

    @Test
    void a_file_that_cannot_be_written_is_bad_usage() {
        PlayerRun run = PlayerRun.of("simulate", "--orders", "1", "--write-events", dir.resolve("no/such/dir/x.jsonl").toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.errLines()).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"--help", "replay --help", "simulate --help", "replay -h", "--version"})
    void help_is_on_every_command_and_exits_with_0(String args) {
        PlayerRun run = PlayerRun.of(args.split(" "));
        assertThat(run.status()).isZero();
        assertThat(run.out()).isNotEmpty();
        assertThat(run.err()).isEmpty();
    }

    @Test
    void the_help_names_every_option_of_the_contract() {
        String replay = PlayerRun.of("replay", "--help").out();
        assertThat(replay).contains("replay", "FILE|-", "--window", "--max-wait", "--completion", "--store",
                "--dynamodb-endpoint", "--table", "--region", "--create-table", "--publish", "--bus",
                "--eventbridge-endpoint", "--format");
        String simulate = PlayerRun.of("simulate", "--help").out();
        assertThat(simulate).contains("--orders", "--tenants", "--seed", "--speed", "--duplicates", "--reorder",
                "--cancel", "--write-events", "--window", "--store", "--publish", "--format");
        assertThat(simulate.replaceAll("\\s+", " ")).contains("With --publish eventbridge, the simulated ORDER events "
                + "are put on the bus");
    }

    @Test
    void an_input_with_only_rejected_events_was_processed_and_exits_with_0() {
        PlayerRun run = PlayerRun.withInput("not json\n[also not\n", "replay", "-", "--format", "jsonl");
        assertThat(run.status()).isZero();
        assertThat(run.errLines()).hasSize(4);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void a_bus_that_fails_for_good_exits_with_1() throws IOException {
        try (EventBridgeStub bus = EventBridgeStub.failing()) {
            PlayerRun run = PlayerRun.of("simulate", "--orders", "50", "--format", "jsonl",
                    "--publish", "eventbridge", "--eventbridge-endpoint", bus.endpoint().toString());
            assertThat(run.status()).as(run.toString()).isEqualTo(1);
            assertThat(run.errLines()).last().asString().startsWith("event-player: the bus failed at event ");
        }
    }

    @Test
    void a_bus_that_cannot_be_reached_exits_with_1_after_the_updates_it_could_not_publish() throws IOException {
        String input = Events.submitted("e1", "NYC", "o1", "Mocha", "2026-11-27T08:00:00Z") + "\n"
                + Events.completed("e2", "NYC", "o1", "2026-11-27T08:01:00Z") + "\n";
        PlayerRun run = PlayerRun.withInput(input, "replay", "-", "--format", "jsonl", "--publish", "eventbridge",
                "--eventbridge-endpoint", "http://127.0.0.1:" + closedPort());
        assertThat(run.status()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).last().asString().startsWith("event-player: the bus failed at line 2: ");
    }

    static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
