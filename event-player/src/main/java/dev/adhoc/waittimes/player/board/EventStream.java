package dev.adhoc.waittimes.player.board;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * One page's Server-Sent Events stream, written on the server's thread for that request: first the whole board
 * ({@code state}), then what changed ({@code update}), at most every {@link #MIN_INTERVAL} so that a replay at full
 * speed does not flood the page; a comment now and then keeps idle connections open; {@code closed} when the server
 * stops. Changes in between are coalesced: a slow page gets the latest figures, never a backlog.
 */
final class EventStream {
    /** The shortest time between two events to one page. */
    static final Duration MIN_INTERVAL = Duration.ofMillis(100);
    private static final Duration KEEP_ALIVE = Duration.ofSeconds(15);
    /** How soon a page's EventSource reconnects after losing the stream. */
    private static final int RETRY_MILLIS = 1000;

    private final BoardState state;
    private final BoardJson json;
    private volatile Thread writer;
    private volatile long writingSince;

    EventStream(BoardState state, BoardJson json) {
        this.state = state;
        this.json = json;
    }

    /**
     * Drops the page if a write to it has not completed for that long: interrupting the blocked write closes the
     * connection (the server's channel is interruptible), and the stream ends. Called by the server's watchdog.
     */
    void dropIfStuck(Duration timeout) {
        Thread thread = writer;
        long since = writingSince;
        if (thread != null && since != 0 && System.nanoTime() - since > timeout.toNanos()) {
            thread.interrupt();
        }
    }

    /** Streams until the board closes or the page goes away. */
    void serve(HttpExchange exchange) throws IOException {
        writer = Thread.currentThread();
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        try {
            BoardView first = state.snapshot();
            write(out, "retry: " + RETRY_MILLIS + "\n");
            send(out, "state", first);
            long seen = first.version();
            boolean closed = "closed".equals(first.phase());
            while (!closed) {
                BoardState.Change change = state.awaitChange(seen, KEEP_ALIVE);
                if (change == null) {
                    write(out, ": keep-alive\n\n");
                    continue;
                }
                seen = change.version();
                closed = change.closed();
                send(out, closed ? "closed" : "update", change.view());
                if (!closed) {
                    Thread.sleep(MIN_INTERVAL.toMillis()); // coalesces what happens meanwhile into the next event
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            writer = null;
            Thread.interrupted(); // a dropped page's interrupt is not left for the pool thread's next request
            exchange.close();
        }
    }

    private void send(OutputStream out, String event, BoardView view) throws IOException {
        writingSince = System.nanoTime();
        try {
            out.write(("event: " + event + "\ndata: ").getBytes(StandardCharsets.UTF_8));
            out.write(json.toJson(view)); // one line: JSON from the mapper never contains a raw newline
            out.write("\n\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
        } finally {
            writingSince = 0;
        }
    }

    private void write(OutputStream out, String text) throws IOException {
        writingSince = System.nanoTime();
        try {
            out.write(text.getBytes(StandardCharsets.UTF_8));
            out.flush();
        } finally {
            writingSince = 0;
        }
    }
}
