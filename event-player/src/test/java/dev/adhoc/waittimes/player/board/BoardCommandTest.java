package dev.adhoc.waittimes.player.board;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.adhoc.waittimes.player.EventPlayer;
import dev.adhoc.waittimes.player.wiring.Terminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code --board} and {@code --exit-when-done} on the commands, run in this process. */
@Timeout(60)
class BoardCommandTest {
    private static final String SAMPLE = Path.of(System.getProperty("repo.root", ".."))
            .resolve("samples/coffee-bar-day.jsonl").toString();
    private static final Pattern URL = Pattern.compile("board: live wait times at (http://127\\.0\\.0\\.1:\\d+/) \\(Ctrl-C to stop\\)");
    private final HttpClient client = HttpClient.newHttpClient();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final WatchedStream err = new WatchedStream();

    private int run(String... args) {
        return EventPlayer.run(args, new Terminal(new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                false));
    }

    private static URI boardAddress(String stderr) {
        Matcher m = URL.matcher(stderr);
        assertThat(m.find()).as("the board's address on stderr:\n%s", stderr).isTrue();
        return URI.create(m.group(1));
    }

    @Test
    void with_exit_when_done_the_replay_serves_the_board_then_closes_it_and_stdout_keeps_only_the_updates() {
        int status = run("replay", SAMPLE, "--format", "jsonl", "--board", "0", "--exit-when-done");

        assertThat(status).as(err.text()).isZero();
        // 225 distinct windows; the sample's redelivered events of orders in a window announce theirs again
        assertThat(out.toString(StandardCharsets.UTF_8).lines()).hasSize(232)
                .allMatch(l -> l.startsWith("{\"source\":\"awsserverlessda.serverlesspresso\",\"detail-type\":"
                        + "\"OrderManager.DrinkAverageTime\""));
        assertThat(out.toString(StandardCharsets.UTF_8).lines().map(l -> l.replaceAll(".*\"updateId\":\"([0-9a-f]+)\".*", "$1"))
                .distinct()).hasSize(225);
        URI board = boardAddress(err.text());
        assertThat(err.text().lines()).last().isEqualTo("board: closed");
        assertThatThrownBy(() -> client.send(HttpRequest.newBuilder(board.resolve("state")).build(),
                HttpResponse.BodyHandlers.ofString())).as("the server is stopped").isInstanceOf(ConnectException.class);
    }

    @Test
    void a_paced_simulation_keeps_its_board_open_after_the_input_with_the_simulated_clock_and_speed() throws Exception {
        AtomicInteger status = new AtomicInteger(-1);
        Thread player = new Thread(() -> status.set(run("simulate", "--orders", "12", "--speed", "1000000", "--board", "0")));
        player.start();
        String stderr = err.awaitContains("board: the input is done", Duration.ofSeconds(30));
        JsonNode state = new ObjectMapper().readTree(client.send(HttpRequest.newBuilder(boardAddress(stderr)
                .resolve("state")).build(), HttpResponse.BodyHandlers.ofString()).body());
        assertThat(state.get("source").asText()).isEqualTo("simulate");
        assertThat(state.get("speed").asDouble()).isEqualTo(1_000_000.0);
        assertThat(state.get("phase").asText()).isEqualTo("finished");
        assertThat(state.get("clock").asText()).startsWith("2026-11-27T");
        assertThat(state.get("drinks")).isNotEmpty();
        assertThat(status.get()).as("still serving").isEqualTo(-1);

        player.interrupt(); // what Ctrl-C's hook does, in this process: the wait ends and the board closes
        player.join();
        assertThat(status.get()).isZero();
        assertThat(err.text().lines()).last().isEqualTo("board: closed");
    }

    @Test
    void a_port_in_use_or_out_of_range_is_a_usage_error() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            assertThat(run("replay", SAMPLE, "--board", String.valueOf(port))).isEqualTo(2);
            assertThat(err.text()).contains("--board: cannot serve on 127.0.0.1:" + port)
                    .contains("--board 0 for any free one");
        }
        assertThat(run("replay", SAMPLE, "--board", "70000")).isEqualTo(2);
        assertThat(err.text()).contains("--board: not a port: 70000");
    }

    @Test
    void only_a_number_after_board_is_its_port() {
        // The file is checked before the board starts: had --board taken it for a port, the error would be another.
        assertThat(run("replay", "--board", "no-such-file.jsonl")).isEqualTo(2);
        assertThat(err.text()).contains("no such file: no-such-file.jsonl");
        assertThat(run("replay", SAMPLE, "--board=0", "--exit-when-done")).isZero();
        assertThat(err.text()).contains("board: closed");
    }

    @Test
    void options_that_do_not_apply_are_refused() {
        assertThat(run("replay", SAMPLE, "--exit-when-done")).isEqualTo(2);
        assertThat(err.text()).contains("--exit-when-done applies only with --board");
        assertThat(run("simulate", "--publish", "eventbridge", "--region", "us-west-2", "--board", "0")).isEqualTo(2);
        assertThat(err.text()).contains("--board applies only with a run of the extension here");
        assertThat(run("replay", SAMPLE, "--target", "stepfunctions", "--state-machine",
                "arn:aws:states:us-west-2:123456789012:stateMachine:wait-times", "--board", "0")).isEqualTo(2);
        assertThat(err.text()).contains("it does not apply to --target stepfunctions");
        assertThat(out.size()).isZero();
    }
}
