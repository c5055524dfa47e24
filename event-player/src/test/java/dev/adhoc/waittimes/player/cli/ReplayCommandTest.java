package dev.adhoc.waittimes.player.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.adhoc.waittimes.player.cli.Events.completed;
import static dev.adhoc.waittimes.player.cli.Events.noise;
import static dev.adhoc.waittimes.player.cli.Events.submitted;
import static org.assertj.core.api.Assertions.assertThat;

/** The replay command's contract: both input formats, jsonl on stdout, rejections and the summary on stderr. */
class ReplayCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final SimulatedDay SIMULATED = new SimulatedDay("--orders", "300", "--seed", "3", "--duplicates", "5",
            "--reorder", "60");

    @Test
    void jsonl_prints_exactly_one_put_events_shaped_line_per_update_and_nothing_else() throws IOException {
        PlayerRun run = PlayerRun.of("replay", SIMULATED.events().toString(), "--format", "jsonl");
        assertThat(run.status()).as(run.toString()).isZero();
        List<String> lines = run.outLines();
        assertThat(lines).isNotEmpty();
        for (String line : lines) {
            JsonNode event = JSON.readTree(line);
            assertThat(event.properties()).extracting(java.util.Map.Entry::getKey)
                    .containsExactly("source", "detail-type", "detail");
            assertThat(event.get("source").textValue()).isEqualTo("awsserverlessda.serverlesspresso");
            assertThat(event.get("detail-type").textValue()).isEqualTo("OrderManager.DrinkAverageTime");
            JsonNode detail = event.get("detail");
            assertThat(detail.get("eventId").textValue()).isIn("NYC", "LDN");
            assertThat(detail.get("drink").isTextual()).isTrue();
            assertThat(detail.get("duration").isNumber()).isTrue();
            assertThat(detail.get("sampleSize").isInt()).isTrue();
            assertThat(detail.get("windowSize").intValue()).isEqualTo(10);
        }
        assertThat(run.errLines()).hasSize(2);
        assertThat(run.errLines().get(0)).startsWith("summary: ").contains(" rejected, " + lines.size() + " updates emitted");
        assertThat(run.errLines().get(1)).isEqualTo("rejected by reason: none");
    }

    @Test
    void replaying_what_simulate_wrote_prints_what_simulate_printed() {
        PlayerRun run = PlayerRun.of("replay", SIMULATED.events().toString(), "--format", "jsonl");
        assertThat(run.out()).isEqualTo(SIMULATED.run().out());
    }

    @Test
    void a_json_array_and_json_lines_of_the_same_events_give_the_same_updates(@TempDir Path dir) throws IOException {
        Path array = dir.resolve("archive.json");
        Files.writeString(array, "[\n" + String.join(",\n", Files.readAllLines(SIMULATED.events())) + "\n]\n");
        PlayerRun lines = PlayerRun.of("replay", SIMULATED.events().toString(), "--format", "jsonl");
        PlayerRun archive = PlayerRun.of("replay", array.toString(), "--format", "jsonl");
        assertThat(archive.status()).isZero();
        assertThat(archive.out()).isNotEmpty().isEqualTo(lines.out());
    }

    @Test
    void stdin_is_read_for_a_dash() throws IOException {
        PlayerRun run = PlayerRun.withInput(Files.readString(SIMULATED.events()), "replay", "-", "--format", "jsonl");
        assertThat(run.status()).isZero();
        assertThat(run.out()).isEqualTo(SIMULATED.run().out());
    }

    @Test
    void rejected_events_are_reported_one_line_each_with_position_and_reason_and_the_replay_goes_on() {
        String input = String.join("\n",
                submitted("e1", "NYC", "o1", "Mocha", "2026-11-27T08:00:00Z"),
                "this is not json",
                completed("e2", "NYC", "o1", "2026-11-27T08:02:00Z"),
                submitted("e3", "NYC", "o2", "Mocha", "2026-11-27T08:05:00Z"),
                completed("e4", "NYC", "o2", "2026-11-27T08:04:00Z"),
                noise("e5", "2026-11-27T08:06:00Z"),
                completed("e6", "NYC", "o3", "not a time"),
                submitted("e7", "NYC", "o4", "Mocha", "2026-11-27T08:10:00Z"),
                completed("e8", "NYC", "o4", "2026-11-27T08:11:00Z"));
        PlayerRun run = PlayerRun.withInput(input, "replay", "-", "--format", "jsonl");

        assertThat(run.status()).as(run.toString()).isZero();
        assertThat(run.errLines()).hasSize(5);
        assertThat(run.errLines().get(0)).startsWith("rejected line 2: NOT_JSON: ");
        assertThat(run.errLines().get(1)).startsWith("rejected line 5: NEGATIVE_WAIT: ").endsWith("(event e4)");
        assertThat(run.errLines().get(2)).startsWith("rejected line 7: UNPARSABLE_TIME: ");
        assertThat(run.errLines().get(3)).isEqualTo(
                "summary: 9 events read, 5 accepted, 1 ignored, 3 rejected, 2 updates emitted in "
                        + run.errLines().get(3).substring(run.errLines().get(3).indexOf(" in ") + 4));
        assertThat(run.errLines().get(4)).isEqualTo("rejected by reason: NOT_JSON 1, UNPARSABLE_TIME 1, NEGATIVE_WAIT 1");
        assertThat(run.outLines()).hasSize(2);
        assertThat(run.outLines().get(1)).contains("\"eventId\":\"NYC\",\"drink\":\"Mocha\",\"duration\":90,\"durationMs\":90000,\"sampleSize\":2");
    }

    @Test
    void a_broken_json_array_is_rejected_where_it_breaks_and_what_came_before_counts() {
        String input = "[" + submitted("e1", "NYC", "o1", "Mocha", "2026-11-27T08:00:00Z") + ","
                + completed("e2", "NYC", "o1", "2026-11-27T08:01:00Z") + ", {\"broken\": ]";
        PlayerRun run = PlayerRun.withInput(input, "replay", "-", "--format", "jsonl");
        assertThat(run.status()).isZero();
        assertThat(run.outLines()).hasSize(1);
        assertThat(run.errLines().get(0)).startsWith("rejected element 3: NOT_JSON: a closing bracket does not match");
    }

    @Test
    void an_event_over_the_bus_limit_is_rejected_as_oversized_without_being_held_whole() {
        String huge = Events.envelope("big", "OrderManager.WaitingCompletion", "2026-11-27T08:00:00Z",
                "{\"padding\":\"" + "x".repeat(300 * 1024) + "\"}");
        PlayerRun run = PlayerRun.withInput(huge + "\n" + noise("e2", "2026-11-27T08:00:00Z") + "\n",
                "replay", "-", "--format", "jsonl");
        assertThat(run.status()).isZero();
        assertThat(run.errLines().get(0)).startsWith("rejected line 1: OVERSIZED: ");
        assertThat(run.errLines().get(1)).startsWith("summary: 2 events read, 0 accepted, 1 ignored, 1 rejected");
    }

    @Test
    void with_completion_finished_the_end_of_the_workflow_counts_as_completion() {
        String input = submitted("e1", "NYC", "o1", "Mocha", "2026-11-27T08:00:00Z") + "\n"
                + Events.envelope("e2", "OrderProcessor.orderFinished", "2026-11-27T08:01:30Z",
                "{\"orderId\":\"o1\",\"eventId\":\"NYC\"}") + "\n";
        PlayerRun completed = PlayerRun.withInput(input, "replay", "-", "--format", "jsonl");
        PlayerRun finished = PlayerRun.withInput(input, "replay", "-", "--format", "jsonl", "--completion", "finished");
        assertThat(completed.out()).isEmpty();
        assertThat(completed.errLines().get(0)).contains("1 accepted, 1 ignored");
        assertThat(finished.outLines()).singleElement().asString().contains("\"duration\":90,\"durationMs\":90000,\"sampleSize\":1");
    }

    @Test
    void the_table_shows_each_tenant_and_drink_and_the_summary() {
        PlayerRun run = PlayerRun.of("replay", SIMULATED.events().toString());
        assertThat(run.status()).isZero();
        assertThat(run.outLines().get(0)).matches("TENANT +DRINK +AVERAGE +P50 +P90 +SAMPLES +UPDATES");
        assertThat(run.outLines()).anyMatch(l -> l.matches("NYC +Caffe Latte +[0-9.]+ s +[0-9.]+ s +[0-9.]+ s +10/10 +[0-9]+"));
        assertThat(run.outLines()).anyMatch(l -> l.startsWith("LDN "));
        assertThat(run.outLines()).anyMatch(l -> l.startsWith("summary: "));
        assertThat(run.err()).isEmpty();
    }

    @Test
    void the_window_and_the_ceiling_are_options() {
        String input = Events.mochaOrders("2026-11-27T08:00:00Z", "2026-11-27T08:02:00Z",
                "2026-11-27T08:00:00Z", "2026-11-27T08:04:00Z");
        PlayerRun run = PlayerRun.withInput(input, "replay", "-", "--format", "jsonl", "--window", "1", "--max-wait", "200");
        assertThat(run.outLines()).hasSize(1);
        assertThat(run.outLines().get(0)).contains("\"duration\":120,\"durationMs\":120000,\"sampleSize\":1,\"windowSize\":1");
        assertThat(run.errLines().get(0)).startsWith("rejected line 4: WAIT_ABOVE_CEILING: ");
    }
}
