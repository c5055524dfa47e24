package dev.adhoc.waittimes.player.cli;

import dev.adhoc.waittimes.player.EventPlayer;
import dev.adhoc.waittimes.player.wiring.Terminal;
import dev.adhoc.waittimes.player.wiring.WatchedOutput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static dev.adhoc.waittimes.player.cli.Events.completed;
import static dev.adhoc.waittimes.player.cli.Events.submitted;
import static org.assertj.core.api.Assertions.assertThat;

/** The player used as an adversary would: closed or full stdout, events from the future, odd paths, odd commands. */
class HostileUseTest {
    private static final Path SAMPLE = Path.of(System.getProperty("repo.root", "..")).resolve("samples/coffee-bar-day.jsonl");

    @TempDir
    Path dir;

    /** A stdout that takes this many bytes, then fails as a full disk does. */
    private static final class FullDisk extends OutputStream {
        private long room;

        FullDisk(long room) {
            this.room = room;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (len > room) {
                throw new IOException("No space left on device");
            }
            room -= len;
        }
    }

    @Test
    void a_stdout_that_fails_stops_the_run_with_1_and_one_line_and_no_summary_of_unwritten_updates() {
        WatchedOutput watch = new WatchedOutput(new FullDisk(4096));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Terminal terminal = new Terminal(new ByteArrayInputStream(new byte[0]),
                new PrintStream(new BufferedOutputStream(watch, 1024), false, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false, watch, 0);

        int status = EventPlayer.run(new String[] {"replay", SAMPLE.toString(), "--format", "jsonl"}, terminal);

        String stderr = err.toString(StandardCharsets.UTF_8);
        assertThat(status).as(stderr).isEqualTo(ExitCode.FAILED);
        assertThat(stderr.lines()).hasSize(1).first().asString()
                .startsWith("event-player: cannot write to stdout: No space left on device (stopped at line ");
        assertThat(stderr).doesNotContain("summary");
    }

    @Test
    void an_event_from_years_ahead_is_rejected_and_does_not_date_later_updates() {
        String input = String.join("\n",
                submitted("e1", "NYC", "o1", "Mocha", "2026-11-27T08:00:00Z"),
                submitted("e2", "NYC", "o2", "Mocha", "2030-01-01T00:00:00Z"),
                completed("e3", "NYC", "o1", "2026-11-27T08:01:00Z"),
                completed("e4", "NYC", "o2", "2030-01-01T00:01:00Z")) + "\n";

        PlayerRun run = PlayerRun.withInput(input, "replay", "-", "--format", "jsonl");

        assertThat(run.status()).isZero();
        assertThat(run.errLines().get(0)).startsWith("rejected line 2: TIME_AHEAD_OF_CLOCK: time 2030-01-01T00:00:00Z is ")
                .endsWith("(event e2)");
        assertThat(run.errLines().get(1)).startsWith("rejected line 4: TIME_AHEAD_OF_CLOCK: ");
        assertThat(run.outLines()).hasSize(1).allMatch(l -> l.contains("\"asOf\":\"2026-11-27T08:01:00Z\""));
    }

    @Test
    void the_allowed_skew_is_an_option() {
        String soon = Instant.now().plusSeconds(600).truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
        String input = submitted("e1", "NYC", "o1", "Mocha", soon) + "\n";
        assertThat(PlayerRun.withInput(input, "replay", "-", "--format", "jsonl").err()).contains("TIME_AHEAD_OF_CLOCK");
        assertThat(PlayerRun.withInput(input, "replay", "-", "--format", "jsonl", "--max-clock-skew", "3600").err())
                .contains(" 1 accepted, ").doesNotContain("TIME_AHEAD_OF_CLOCK");
    }

    @Test
    void the_simulators_days_end_before_now_however_many_orders() throws IOException {
        Path events = dir.resolve("sim.jsonl");
        assertThat(PlayerRun.of("simulate", "--orders", "5000", "--format", "jsonl", "--write-events",
                events.toString()).err()).contains(" 0 rejected");
        String last = Files.readAllLines(events).get((int) Files.lines(events).count() - 1);
        Instant time = Instant.parse(last.replaceFirst(".*\"time\":\"([^\"]+)\".*", "$1"));
        assertThat(time).isBefore(Instant.parse("2026-11-28T00:00:00Z"));
    }

    @Test
    void an_unknown_command_lists_the_commands() {
        PlayerRun run = PlayerRun.of("dance");
        assertThat(run.status()).isEqualTo(ExitCode.USAGE);
        assertThat(run.errLines()).containsExactly("event-player: unknown command 'dance': expected replay, simulate, "
                + "validate (see 'event-player --help')");
    }

    @Test
    void a_directory_says_so() {
        PlayerRun run = PlayerRun.of("replay", dir.toString());
        assertThat(run.status()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("cannot read " + dir + ": it is a directory");
        assertThat(PlayerRun.of("validate", dir.toString()).err()).contains("it is a directory");
    }

    @Test
    void a_fifo_is_read_as_a_file() throws Exception {
        Path fifo = dir.resolve("events.fifo");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(mkfifo.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(mkfifo.exitValue()).isZero();
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            try {
                Files.write(fifo, Files.readAllBytes(SAMPLE));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });

        PlayerRun run = PlayerRun.of("replay", fifo.toString(), "--format", "jsonl");

        writer.get(1, TimeUnit.MINUTES);
        assertThat(run.status()).as(run.toString()).isZero();
        assertThat(run.errLines().get(0)).startsWith("summary: 1731 events read");
    }

    @Test
    void the_reason_of_a_file_error_is_the_systems_not_the_files_name() {
        assertThat(InputFile.reason(new FileNotFoundException("x.jsonl (Permission denied)"), "x.jsonl"))
                .isEqualTo("Permission denied");
        assertThat(InputFile.reason(new AccessDeniedException("x.jsonl"), "x.jsonl")).isEqualTo("Permission denied");
        assertThat(InputFile.reason(new IOException("x.jsonl: Is a directory"), "x.jsonl")).isEqualTo("Is a directory");
    }

    @Test
    void validate_checks_the_players_own_output_with_emitted() throws IOException {
        PlayerRun replay = PlayerRun.of("replay", SAMPLE.toString(), "--format", "jsonl");
        Path updates = dir.resolve("updates.jsonl");
        Files.writeString(updates, replay.out());

        PlayerRun emitted = PlayerRun.of("validate", "--emitted", updates.toString());
        assertThat(emitted.status()).as(emitted.toString()).isZero();
        assertThat(emitted.err()).contains("validated 232 entries: 232 valid, 0 invalid");

        String broken = replay.outLines().get(0).replaceFirst("\"duration\":[0-9.]+,", "");
        PlayerRun bad = PlayerRun.withInput(broken + "\n", "validate", "--emitted", "-");
        assertThat(bad.status()).isEqualTo(ExitCode.FAILED);
        assertThat(bad.out()).startsWith("invalid line 1: OrderManager.DrinkAverageTime").contains("duration");
    }

    @Test
    void validate_rejects_invalid_utf8_as_replay_does() {
        byte[] event = submitted("e1", "NYC", "o1", "Mocha\u00ff", "2026-11-27T08:00:00Z").getBytes(StandardCharsets.UTF_8);
        byte[] broken = new String(event, StandardCharsets.UTF_8).replace("Mocha\u00ff", "Mocha?")
                .getBytes(StandardCharsets.ISO_8859_1);
        for (int i = 0; i < broken.length; i++) {
            if (broken[i] == '?') {
                broken[i] = (byte) 0xFF;
            }
        }
        PlayerRun validate = PlayerRun.withBytes(broken, "validate", "-");
        PlayerRun replay = PlayerRun.withBytes(broken, "replay", "-", "--format", "jsonl");
        assertThat(replay.err()).contains("rejected line 1: NOT_JSON");
        assertThat(validate.status()).isEqualTo(ExitCode.FAILED);
        assertThat(validate.out()).startsWith("invalid line 1: NOT_JSON");
    }

    @Test
    void the_table_fits_the_terminal_width_by_cutting_long_names() {
        String drink = "Extra Large Oat Milk Caramel Macchiato With Cinnamon";
        String input = String.join("\n",
                submitted("e1", "NYC", "o1", drink, "2026-11-27T08:00:00Z"),
                completed("e2", "NYC", "o1", "2026-11-27T08:01:00Z")) + "\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Terminal terminal = new Terminal(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8), false, null, 80);

        assertThat(EventPlayer.run(new String[] {"replay", "-"}, terminal)).isZero();

        String table = out.toString(StandardCharsets.UTF_8);
        assertThat(table.lines().takeWhile(l -> !l.isEmpty())).hasSize(2).allMatch(l -> l.length() <= 80);
        assertThat(table).contains("Extra Large Oat Milk\u2026").contains("60.0 s");
        assertThat(PlayerRun.withInput(input, "replay", "-").out()).contains(drink); // unknown width: whole names
    }
}
