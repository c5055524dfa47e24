package dev.adhoc.waittimes.player.board;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shaded jar with {@code --board}, as a user runs it: the board stays open after the replay until the process
 * is signalled, then closes cleanly (every page gets its {@code closed} event). SIGTERM here runs the same shutdown
 * hook as Ctrl-C's SIGINT (which a process started in the background may have ignored).
 */
@Timeout(120)
class BoardJarIT {
    private static final Path JAR = Path.of(System.getProperty("event.player.jar", "target/event-player.jar"));
    private static final Path SAMPLE = Path.of(System.getProperty("repo.root", "..")).resolve("samples/coffee-bar-day.jsonl");
    private static final Pattern URL = Pattern.compile("board: live wait times at (http://127\\.0\\.0\\.1:\\d+/)");

    @Test
    void the_board_stays_open_after_the_replay_and_closes_cleanly_when_the_process_is_stopped() throws Exception {
        Process player = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString(), "replay", SAMPLE.toString(), "--format", "jsonl", "--board", "0").start();
        CompletableFuture<String> stdout = CompletableFuture.supplyAsync(() -> readAll(player.getInputStream()));
        BlockingQueue<String> stderr = new LinkedBlockingQueue<>();
        CompletableFuture<Void> stderrRead = CompletableFuture.runAsync(() -> readLines(player.getErrorStream(), stderr));
        List<String> errLines = new ArrayList<>();
        URI board = null;
        String line;
        // Bounded: each line is awaited for at most a minute.
        while ((line = stderr.poll(1, TimeUnit.MINUTES)) != null) {
            errLines.add(line);
            Matcher m = URL.matcher(line);
            if (m.find()) {
                board = URI.create(m.group(1));
            }
            if (line.startsWith("board: the input is done")) {
                break;
            }
        }
        assertThat(board).as("the board's address on stderr: %s", errLines).isNotNull();

        HttpClient client = HttpClient.newHttpClient();
        JsonNode state = new ObjectMapper().readTree(client.send(HttpRequest.newBuilder(board.resolve("state")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        assertThat(state.get("phase").asText()).isEqualTo("finished");
        assertThat(state.get("drinks")).hasSize(18);
        try (ServerSentEvents page = ServerSentEvents.open(client, board)) {
            assertThat(page.next().name()).isEqualTo("state");
            assertThat(player.isAlive()).as("kept open after the replay").isTrue();

            // SIGTERM (Process.destroy() would also close our ends of its pipes): the shutdown hook closes the board
            player.toHandle().destroy();
            ServerSentEvents.Event last = page.next();
            assertThat(last).isNotNull();
            assertThat(last.name()).isEqualTo("closed");
            assertThat(page.next()).as("the end of the stream").isNull();
        }
        assertThat(player.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(player.exitValue()).as("ended by SIGTERM").isEqualTo(128 + 15);
        stderrRead.get(30, TimeUnit.SECONDS);
        stderr.drainTo(errLines);
        assertThat(errLines).last().isEqualTo("board: closed");
        assertThat(stdout.get().lines()).as("stdout keeps only the updates").hasSize(232)
                .allMatch(l -> l.startsWith("{\"source\":\"awsserverlessda.serverlesspresso\""));
    }

    private static String readAll(InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void readLines(InputStream in, BlockingQueue<String> lines) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                lines.add(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
