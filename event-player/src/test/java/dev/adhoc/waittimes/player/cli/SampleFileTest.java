package dev.adhoc.waittimes.player.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped sample is what the simulator writes today, and it replays cleanly. */
class SampleFileTest {
    /** The command that wrote {@code samples/coffee-bar-day.jsonl} (also in docs/event-player.md). */
    static final String[] SAMPLE = {"simulate", "--orders", "250", "--seed", "1", "--duplicates", "2", "--reorder", "20",
        "--format", "jsonl", "--write-events"};

    static Path sample() {
        return Path.of(System.getProperty("repo.root", "..")).resolve("samples/coffee-bar-day.jsonl");
    }

    @Test
    void the_sample_is_what_the_simulator_writes_with_the_documented_options(@TempDir Path dir) throws IOException {
        Path fresh = dir.resolve("fresh.jsonl");
        String[] args = java.util.Arrays.copyOf(SAMPLE, SAMPLE.length + 1);
        args[SAMPLE.length] = fresh.toString();
        assertThat(PlayerRun.of(args).status()).isZero();
        assertThat(Files.readString(sample()))
                .as("samples/coffee-bar-day.jsonl is stale: regenerate it with the command in docs/event-player.md")
                .isEqualTo(Files.readString(fresh));
    }

    @Test
    void the_sample_has_two_bars_and_replays_without_rejections() {
        PlayerRun run = PlayerRun.of("replay", sample().toString());
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("\nNYC ", "\nLDN ", "rejected by reason: none");
        assertThat(run.err()).isEmpty();
    }
}
