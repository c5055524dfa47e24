package dev.adhoc.waittimes.player.board;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The board's HTTP side, with a plain HTTP client: the page, the JSON snapshot, the event stream, closing. */
@Timeout(20) // a stream that never ends would otherwise hang the build
class BoardServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newHttpClient();
    private final BusEvents events = new BusEvents();
    private final BoardRun run = BoardRun.replay();

    @AfterEach
    void close() {
        run.close();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(run.uri().resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void it_listens_on_loopback_only() {
        assertThat(run.uri().getHost()).isEqualTo("127.0.0.1");
        assertThat(run.server.address().getAddress().isLoopbackAddress()).isTrue();
    }

    @Test
    void the_page_is_self_contained_and_may_load_nothing_from_elsewhere() throws Exception {
        HttpResponse<String> page = get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(page.headers().firstValue("Content-Security-Policy")).get().asString()
                .startsWith("default-src 'none';").contains("connect-src 'self'");
        assertThat(page.body()).contains("Waiting for the first completed order");
        // The only absolute URL is SVG's namespace, which is a name, not a request.
        Matcher urls = Pattern.compile("(https?:)?//[a-zA-Z0-9.-]+\\.[a-z]{2,}").matcher(page.body());
        while (urls.find()) {
            assertThat(urls.group()).isEqualTo("http://www.w3.org");
        }
    }

    @Test
    void the_state_is_the_board_as_json() throws Exception {
        run.feed(events.submitted("NYC", "o1", "Caffe Latte", 0), events.completed("NYC", "o1", 95));
        HttpResponse<String> state = get("/state");
        assertThat(state.statusCode()).isEqualTo(200);
        assertThat(state.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        JsonNode board = JSON.readTree(state.body());
        assertThat(board.get("source").asText()).isEqualTo("replay");
        assertThat(board.get("clock").asText()).isEqualTo("2026-11-27T08:01:35Z");
        assertThat(board.get("phase").asText()).isEqualTo("running");
        JsonNode latte = board.get("drinks").get(0);
        assertThat(latte.get("tenant").asText()).isEqualTo("NYC");
        assertThat(latte.get("drink").asText()).isEqualTo("Caffe Latte");
        assertThat(latte.get("average").asDouble()).isEqualTo(95.0);
        assertThat(latte.get("samples").asInt()).isEqualTo(1);
        assertThat(latte.get("window").asInt()).isEqualTo(10);
    }

    @Test
    void other_paths_and_methods_are_refused() throws Exception {
        assertThat(get("/favicon.ico").statusCode()).isEqualTo(404);
        HttpResponse<String> post = client.send(HttpRequest.newBuilder(run.uri().resolve("/state"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.headers().firstValue("Allow")).hasValue("GET, HEAD");
    }

    @Test
    void a_stream_starts_with_the_whole_board_then_sends_each_change_and_ends_when_the_server_closes() throws Exception {
        run.feed(events.submitted("NYC", "o1", "Caffe Latte", 0), events.completed("NYC", "o1", 95),
                events.submitted("LDN", "o2", "Espresso", 10), events.completed("LDN", "o2", 50));
        try (ServerSentEvents stream = ServerSentEvents.open(client, run.uri())) {
            assertThat(stream.response().headers().firstValue("Content-Type")).hasValue("text/event-stream; charset=utf-8");
            ServerSentEvents.Event first = stream.next();
            assertThat(first.name()).isEqualTo("state");
            assertThat(JSON.readTree(first.data()).get("drinks")).hasSize(2);

            run.feed(events.submitted("NYC", "o3", "Caffe Latte", 100), events.completed("NYC", "o3", 205));
            JsonNode update = JSON.readTree(nextNamed(stream, "update", "Caffe Latte").data());
            assertThat(update.get("drinks")).hasSize(1);
            assertThat(update.get("drinks").get(0).get("average").asDouble()).isEqualTo(100.0);
            assertThat(update.get("drinks").get(0).get("history")).hasSize(2);

            run.server.close();
            ServerSentEvents.Event last = stream.next();
            while (last != null && !"closed".equals(last.name())) {
                last = stream.next(); // updates sent before the close
            }
            assertThat(last).as("the closing event").isNotNull();
            assertThat(JSON.readTree(last.data()).get("phase").asText()).isEqualTo("closed");
            assertThat(stream.next()).as("the end of the stream").isNull();
        }
        assertThat(run.server.openStreams()).isZero();
        assertThatThrownBy(() -> get("/state")).as("the port is closed").isInstanceOf(ConnectException.class);
    }

    /** Skips the clock-only updates that the events before the one awaited send. */
    private static ServerSentEvents.Event nextNamed(ServerSentEvents stream, String name, String mentioning) {
        ServerSentEvents.Event event;
        do {
            event = stream.next();
        } while (event != null && !(event.name().equals(name) && event.data().contains(mentioning)));
        assertThat(event).as("an %s event about %s", name, mentioning).isNotNull();
        return event;
    }

    @Test
    void a_reconnecting_page_gets_the_current_board_first() throws Exception {
        run.feed(events.submitted("NYC", "o1", "Caffe Latte", 0), events.completed("NYC", "o1", 95));
        try (ServerSentEvents first = ServerSentEvents.open(client, run.uri())) {
            assertThat(first.next().name()).isEqualTo("state");
        }
        run.feed(events.submitted("NYC", "o2", "Mocha", 100), events.completed("NYC", "o2", 160));
        run.state.finished();
        try (ServerSentEvents again = ServerSentEvents.open(client, run.uri())) {
            ServerSentEvents.Event state = again.next();
            assertThat(state.name()).isEqualTo("state");
            JsonNode board = JSON.readTree(state.data());
            assertThat(board.get("drinks")).extracting(d -> d.get("drink").asText()).containsExactly("Caffe Latte", "Mocha");
            assertThat(board.get("phase").asText()).isEqualTo("finished");
            assertThat(board.get("clock").asText()).isEqualTo("2026-11-27T08:02:40Z");
        }
    }
}
