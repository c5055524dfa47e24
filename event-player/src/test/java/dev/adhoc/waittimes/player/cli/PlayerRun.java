package dev.adhoc.waittimes.player.cli;

import dev.adhoc.waittimes.player.EventPlayer;
import dev.adhoc.waittimes.player.wiring.Terminal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One run of the player in this process, on captured streams.
 *
 * @param status the exit status
 * @param out    what it printed on stdout
 * @param err    what it printed on stderr
 */
record PlayerRun(int status, String out, String err) {
    static PlayerRun of(String... args) {
        return withInput("", args);
    }

    /**
     * Simulates with these options and {@code --format jsonl}, writing the events to a file for the tests to replay.
     *
     * @return the run, which has exited 0 (asserted)
     */
    static PlayerRun simulateInto(Path events, String... options) {
        List<String> args = new ArrayList<>(List.of("simulate"));
        args.addAll(List.of(options));
        args.addAll(List.of("--format", "jsonl", "--write-events", events.toString()));
        PlayerRun run = of(args.toArray(String[]::new));
        assertThat(run.status()).as(run.toString()).isZero();
        return run;
    }

    static PlayerRun withInput(String stdin, String... args) {
        return withBytes(stdin.getBytes(StandardCharsets.UTF_8), args);
    }

    static PlayerRun withBytes(byte[] stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = EventPlayer.run(args, new Terminal(new ByteArrayInputStream(stdin),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                false));
        return new PlayerRun(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    List<String> outLines() {
        return lines(out);
    }

    List<String> errLines() {
        return lines(err);
    }

    private static List<String> lines(String text) {
        return text.lines().toList();
    }

    @Override
    public String toString() {
        return "exit " + status + "\n--- stdout\n" + abbreviate(out) + "\n--- stderr\n" + abbreviate(err);
    }

    private static String abbreviate(String text) {
        return text.length() > 3000 ? text.substring(0, 3000) + "..." : text;
    }
}
