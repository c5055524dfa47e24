package dev.adhoc.waittimes.player.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code event-player validate}: the events catalog's check of a file. */
class ValidateCommandTest {
    @Test
    void every_simulated_event_validates_against_the_catalog(@TempDir Path dir) throws IOException {
        Path events = dir.resolve("day.jsonl");
        PlayerRun.simulateInto(events, "--orders", "300", "--duplicates", "10", "--reorder", "30", "--cancel", "10",
                "--seed", "7");

        PlayerRun run = PlayerRun.of("validate", events.toString());

        assertThat(run.status()).as(run.toString()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains(" 0 invalid").doesNotContain(" 0 valid");
    }

    @Test
    void the_shipped_sample_is_valid() {
        PlayerRun run = PlayerRun.of("validate", Path.of(System.getProperty("repo.root", ".."))
                .resolve("samples/coffee-bar-day.jsonl").toString());

        assertThat(run.status()).as(run.toString()).isZero();
    }

    @Test
    void prints_each_invalid_event_with_the_schema_error_and_exits_1() {
        String good = Events.submitted("e1", "NYC", "o1", "Latte", "2026-11-27T12:00:00Z");
        String missingOrder = good.replace("\"orderId\":\"o1\",", "");
        String badTenant = Events.completed("e3", "NYC", "o1", "2026-11-27T12:01:00Z").replace("\"eventId\":\"NYC\"",
                "\"eventId\":\"NYC#LDN\"");

        PlayerRun run = PlayerRun.withInput(String.join("\n", good, missingOrder, "{not json", badTenant) + "\n",
                "validate", "-");

        assertThat(run.status()).isEqualTo(ExitCode.FAILED);
        assertThat(run.out().lines()).hasSize(3);
        assertThat(run.out()).contains("invalid line 2:").contains("orderId").contains("invalid line 3:")
                .contains("invalid line 4:");
        assertThat(run.err()).contains("4 events: 1 valid, 3 invalid");
    }

    @Test
    void a_missing_file_is_bad_usage() {
        assertThat(PlayerRun.of("validate", "no/such/file.jsonl").status()).isEqualTo(ExitCode.USAGE);
    }
}
