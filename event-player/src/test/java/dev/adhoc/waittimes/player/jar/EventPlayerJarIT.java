package dev.adhoc.waittimes.player.jar;

import dev.adhoc.waittimes.player.io.EventJson;
import dev.adhoc.waittimes.player.simulation.CoffeeBarSimulator;
import dev.adhoc.waittimes.player.simulation.SimulationSettings;
import org.junit.jupiter.api.Test;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shaded jar, run as a user runs it: {@code java -jar target/event-player.jar}, nothing else on the class path.
 * Runs after {@code package} (failsafe).
 */
class EventPlayerJarIT {
    /** The heap the 100,000-order replay must fit in: state is bounded, so this does not grow with the stream. */
    static final String HEAP = "-Xmx32m";

    private static final Path JAR = Path.of(System.getProperty("event.player.jar", "target/event-player.jar"));
    private static final Path SAMPLE = Path.of(System.getProperty("repo.root", "..")).resolve("samples/coffee-bar-day.jsonl");

    private record Result(int status, String out, String err) {
    }

    private static Process start(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).start();
    }

    private static Result finish(Process process) throws Exception {
        var out = process.getInputStream().readAllBytes();
        var err = process.getErrorStream().readAllBytes();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void the_jar_replays_the_sample_with_jsonl_on_stdout_and_the_summary_on_stderr() throws Exception {
        Result run = finish(start("-jar", JAR.toString(), "replay", SAMPLE.toString(), "--format", "jsonl"));
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out().lines()).isNotEmpty().allMatch(l -> l.startsWith(
                "{\"source\":\"awsserverlessda.serverlesspresso\",\"detail-type\":\"OrderManager.DrinkAverageTime\",\"detail\":{\"eventId\":"));
        assertThat(run.err().lines()).hasSize(2).first().asString().startsWith("summary: 1729 events read");
    }

    @Test
    void bad_usage_exits_with_2_and_help_with_0() throws Exception {
        Result bad = finish(start("-jar", JAR.toString(), "replay", "--window", "0", "-"));
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err().lines()).hasSize(1);
        Result help = finish(start("-jar", JAR.toString(), "simulate", "--help"));
        assertThat(help.status()).isZero();
        assertThat(help.out()).contains("Usage: event-player simulate");
    }

    @Test
    void a_simulated_stream_of_100000_orders_replays_in_memory_within_a_small_fixed_heap() throws Exception {
        SimulationSettings settings = new SimulationSettings(100_000, List.of("NYC", "LDN"), 42, 1, 30, 5,
                CoffeeBarSimulator.startEndingOnTheFixedDay(100_000, 2));
        Process replay = start(HEAP, "-jar", JAR.toString(), "replay", "-", "--format", "jsonl");
        Thread discardOut = new Thread(() -> {
            try {
                replay.getInputStream().transferTo(OutputStream.nullOutputStream());
            } catch (IOException ignored) {
                // the process ended
            }
        });
        discardOut.start();
        // stderr is read while stdin is written: a flood of rejection lines must not fill the pipe and block the run
        CompletableFuture<String> stderr = CompletableFuture.supplyAsync(() -> {
            try {
                return new String(replay.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        long events = 0;
        CoffeeBarSimulator simulator = new CoffeeBarSimulator(settings);
        EventJson json = new EventJson();
        try (OutputStream stdin = new BufferedOutputStream(replay.getOutputStream(), 1 << 16)) {
            while (simulator.hasNext()) {
                stdin.write(json.toJson(simulator.next().event()));
                stdin.write('\n');
                events++;
            }
        }
        assertThat(replay.waitFor(5, TimeUnit.MINUTES)).isTrue();
        String err = stderr.get();
        discardOut.join();
        assertThat(replay.exitValue()).as(err).isZero();
        assertThat(err).startsWith("summary: " + events + " events read, ").contains(" 0 rejected, ")
                .doesNotContain("OutOfMemoryError");
        System.out.println("100,000 orders, " + HEAP + ": " + err.lines().findFirst().orElseThrow());
    }
}
