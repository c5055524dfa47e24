package dev.adhoc.waittimes.player.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** --publish eventbridge, against a PutEvents stand-in on loopback. */
class EventBridgeTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void replay_puts_each_update_on_the_bus_as_the_lambda_returns_it_and_still_prints_it() throws IOException {
        Path events = dir.resolve("events.jsonl");
        PlayerRun.simulateInto(events, "--orders", "60");
        try (EventBridgeStub bus = EventBridgeStub.accepting()) {
            PlayerRun run = PlayerRun.of("replay", events.toString(), "--format", "jsonl", "--publish", "eventbridge",
                    "--bus", "coffee", "--eventbridge-endpoint", bus.endpoint().toString());
            assertThat(run.status()).as(run.toString()).isZero();
            List<JsonNode> entries = bus.entries();
            assertThat(entries).hasSize(run.outLines().size()).isNotEmpty();
            for (int i = 0; i < entries.size(); i++) {
                JsonNode entry = entries.get(i);
                JsonNode line = JSON.readTree(run.outLines().get(i));
                assertThat(entry.get("EventBusName").textValue()).isEqualTo("coffee");
                assertThat(entry.get("Source").textValue()).isEqualTo(line.get("source").textValue());
                assertThat(entry.get("DetailType").textValue()).isEqualTo("OrderManager.DrinkAverageTime");
                assertThat(JSON.readTree(entry.get("Detail").textValue())).isEqualTo(line.get("detail"));
            }
        }
    }

    @Test
    void simulate_puts_the_order_events_on_the_bus_instead_of_running_the_extension() throws IOException {
        Path events = dir.resolve("events.jsonl");
        try (EventBridgeStub bus = EventBridgeStub.accepting()) {
            PlayerRun run = PlayerRun.of("simulate", "--orders", "40", "--format", "jsonl", "--publish", "eventbridge",
                    "--eventbridge-endpoint", bus.endpoint().toString(), "--write-events", events.toString());
            assertThat(run.status()).as(run.toString()).isZero();
            assertThat(run.out()).isEmpty();
            List<String> written = Files.readAllLines(events);
            assertThat(run.errLines()).singleElement().asString()
                    .startsWith("summary: 40 orders simulated, " + written.size() + " events put on bus Serverlesspresso");
            List<JsonNode> entries = bus.entries();
            assertThat(entries).hasSize(written.size());
            for (int i = 0; i < entries.size(); i++) {
                JsonNode event = JSON.readTree(written.get(i));
                JsonNode entry = entries.get(i);
                assertThat(entry.get("DetailType").textValue()).isEqualTo(event.get("detail-type").textValue());
                assertThat(entry.get("Source").textValue()).isEqualTo("awsserverlessda.serverlesspresso");
                assertThat(entry.get("EventBusName").textValue()).isEqualTo("Serverlesspresso");
                assertThat(JSON.readTree(entry.get("Detail").textValue())).isEqualTo(event.get("detail"));
                assertThat(entry.get("Time").asLong()).isEqualTo(java.time.Instant.parse(event.get("time").textValue())
                        .getEpochSecond());
            }
            assertThat(entries).anyMatch(e -> e.get("DetailType").textValue().endsWith("-COMPLETED"));
            // A deployed extension rejects events dated beyond its clock plus 5 minutes: none is, and the day ends now.
            long now = java.time.Instant.now().getEpochSecond();
            assertThat(entries).allMatch(e -> e.get("Time").asLong() <= now + 300);
            assertThat(entries.stream().mapToLong(e -> e.get("Time").asLong()).max().orElseThrow())
                    .isGreaterThan(now - 3600);
        }
    }
}
