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
        assertThat(run.err().lines()).hasSize(2).first().asString().startsWith("summary: 1731 events read");
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

    @Test
    void running_out_of_heap_is_one_line_with_the_summary_of_what_was_done_and_status_1() throws Exception {
        // One day of open orders: every record is held for 24 hours of event time, so the state outgrows 16 MB.
        Process replay = start("-Xmx16m", "-jar", JAR.toString(), "replay", "-", "--format", "jsonl");
        CompletableFuture<Result> result = CompletableFuture.supplyAsync(() -> {
            try {
                return finish(replay);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        try (OutputStream stdin = new BufferedOutputStream(replay.getOutputStream(), 1 << 16)) {
            for (int i = 0; i < 200_000; i++) {
                stdin.write(("{\"version\":\"0\",\"id\":\"s-" + i + "\",\"detail-type\":\"OrderManager.WaitingCompletion\","
                        + "\"source\":\"awsserverlessda.serverlesspresso\",\"time\":\"2026-11-27T09:00:00Z\","
                        + "\"detail\":{\"orderId\":\"order-" + i + "-of-a-busy-day\",\"eventId\":\"NYC\","
                        + "\"drinkOrder\":{\"drink\":\"Caffe Latte\"}}}\n").getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException stoppedReading) {
            // the player stopped reading when it ran out of memory
        }
        Result run = result.get(5, TimeUnit.MINUTES);
        assertThat(run.status()).as(run.err()).isEqualTo(1);
        List<String> err = run.err().lines().toList();
        assertThat(err.get(err.size() - 1)).startsWith("event-player: out of memory (");
        assertThat(err).anyMatch(l -> l.startsWith("summary: ")).noneMatch(l -> l.startsWith("\tat ")
                || l.contains("Exception in thread"));
    }

    @Test
    void sigterm_prints_the_summary_and_interrupted() throws Exception {
        Process simulate = start("-jar", JAR.toString(), "simulate", "--speed", "600", "--format", "jsonl");
        var firstLine = new java.io.BufferedReader(new java.io.InputStreamReader(simulate.getInputStream(),
                StandardCharsets.UTF_8));
        assertThat(firstLine.readLine()).startsWith("{\"source\":"); // running, and paced: far from its end
        simulate.toHandle().destroy(); // SIGTERM, the same shutdown hook as Ctrl-C (and the streams stay open)
        Result run = finish(simulate);
        assertThat(run.status()).isEqualTo(143);
        assertThat(run.err()).contains("summary: ").contains("event-player: interrupted");
    }
}
