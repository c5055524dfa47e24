package dev.adhoc.waittimes.player.board;

import dev.adhoc.waittimes.core.domain.Drink;
import dev.adhoc.waittimes.core.domain.TenantId;
import dev.adhoc.waittimes.core.waittimes.WaitFigures;
import dev.adhoc.waittimes.core.waittimes.WaitTimeUpdate;
import dev.adhoc.waittimes.core.engine.WindowKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;

/** The board against hostile clients: HEAD, foreign Host headers (DNS rebinding), pages that never read. */
@Timeout(120)
class BoardHardeningTest {
    private final BoardState state = new BoardState("replay", OptionalDouble.empty());
    private BoardServer server;

    @AfterEach
    void close() {
        if (server != null) {
            server.close();
        }
    }

    private BoardServer start(Duration writeTimeout) throws IOException {
        server = BoardServer.start(0, state, writeTimeout);
        return server;
    }

    /** Sends a raw request and reads the whole answer (the server closes each exchange's connection or keeps it). */
    private String raw(String request) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(server.address());
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int n;
            while ((n = in.read(buffer)) > 0) {
                answer.write(buffer, 0, n);
                String text = answer.toString(StandardCharsets.ISO_8859_1);
                int end = text.indexOf("\r\n\r\n");
                if (end >= 0 && complete(text, end)) {
                    return text;
                }
            }
            return answer.toString(StandardCharsets.ISO_8859_1);
        }
    }

    private static boolean complete(String text, int headersEnd) {
        String headers = text.substring(0, headersEnd).toLowerCase(java.util.Locale.ROOT);
        int at = headers.indexOf("content-length: ");
        if (headers.startsWith("head") || !headers.contains("content-length") || text.startsWith("HTTP/1.1 200") && at < 0) {
            return true;
        }
        long length = Long.parseLong(headers.substring(at + 16).lines().findFirst().orElse("0").trim());
        return text.length() - headersEnd - 4 >= length;
    }

    private String get(String method, String path, String host) throws IOException {
        return raw(method + " " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
    }

    @Test
    void head_is_answered_with_the_headers_alone_and_nothing_reaches_stderr() throws IOException {
        start(BoardServer.WRITE_TIMEOUT);
        PrintStream original = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            String page = get("HEAD", "/", "127.0.0.1:" + server.address().getPort());
            assertThat(page).startsWith("HTTP/1.1 200").containsIgnoringCase("content-type: text/html");
            assertThat(page.substring(page.indexOf("\r\n\r\n") + 4)).isEmpty();
            assertThat(get("HEAD", "/state", "localhost")).startsWith("HTTP/1.1 200");
            assertThat(get("HEAD", "/events", "localhost")).startsWith("HTTP/1.1 200")
                    .containsIgnoringCase("content-type: text/event-stream");
            assertThat(get("HEAD", "/nothing", "localhost")).startsWith("HTTP/1.1 404");
            assertThat(get("DELETE", "/", "localhost")).startsWith("HTTP/1.1 405").containsIgnoringCase("allow: GET, HEAD");
        } finally {
            System.setErr(original);
        }
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void a_foreign_host_header_is_refused_as_a_rebinding_page_would_send_it() throws IOException {
        start(BoardServer.WRITE_TIMEOUT);
        int port = server.address().getPort();
        assertThat(get("GET", "/state", "attacker.example:" + port)).startsWith("HTTP/1.1 421");
        assertThat(get("GET", "/events", "attacker.example")).startsWith("HTTP/1.1 421");
        assertThat(get("GET", "/", "127.0.0.1.attacker.example")).startsWith("HTTP/1.1 421");
        assertThat(raw("GET /state HTTP/1.0\r\n\r\n")).startsWith("HTTP/1.1 421"); // no Host at all
        assertThat(get("GET", "/state", "127.0.0.1:" + port)).startsWith("HTTP/1.1 200");
        assertThat(get("GET", "/state", "LOCALHOST:" + port)).startsWith("HTTP/1.1 200");
        assertThat(BoardServer.allowedHost("localhost:")).isFalse();
    }

    @Test
    void pages_that_never_read_are_dropped_after_the_write_time_out_and_free_their_slots() throws Exception {
        start(Duration.ofMillis(300));
        int drinks = 400;
        List<Socket> silent = new ArrayList<>();
        try {
            for (int i = 0; i < BoardServer.MAX_STREAMS; i++) {
                Socket socket = new Socket();
                socket.setReceiveBufferSize(1024);
                socket.connect(server.address());
                socket.getOutputStream().write(("GET /events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
                silent.add(socket); // never read
            }
            awaitStreams(n -> n == BoardServer.MAX_STREAMS, "every slot taken");
            // Updates to many drinks until the silent pages' buffers are full and their writes block.
            long round = 0;
            while (server.openStreams() > 0 && round < 100_000) {
                round++;
                List<WaitTimeUpdate> updates = new ArrayList<>();
                for (int d = 0; d < drinks; d++) {
                    updates.add(update("T" + (d % 20), "Drink number " + d, 60_000 + round * 10 + d));
                }
                state.publish(updates);
                Thread.onSpinWait();
            }
            assertThat(server.openStreams()).as("streams left after %d rounds", round).isZero();
            String answer = get("GET", "/state", "127.0.0.1");
            assertThat(answer).startsWith("HTTP/1.1 200");
        } finally {
            for (Socket socket : silent) {
                socket.close();
            }
        }
    }

    private void awaitStreams(java.util.function.IntPredicate condition, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.test(server.openStreams())) {
            assertThat(System.nanoTime()).as(what).isLessThan(deadline);
            Thread.onSpinWait();
        }
    }

    private static WaitTimeUpdate update(String tenant, String drink, long averageMillis) {
        return new WaitTimeUpdate(new WindowKey(new TenantId(tenant), new Drink(drink)),
                new WaitFigures(Duration.ofMillis(averageMillis), Duration.ofSeconds(50), Duration.ofSeconds(90), 10),
                10, Instant.parse("2026-11-27T08:05:00Z"), "id" + tenant + drink + averageMillis);
    }
}
