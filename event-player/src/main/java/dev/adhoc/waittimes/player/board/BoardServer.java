package dev.adhoc.waittimes.player.board;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Serves the board on 127.0.0.1 only, with the JDK's HTTP server: {@code GET /} the page (self-contained: no
 * request leaves this server), {@code GET /events} Server-Sent Events (the whole board, then each change),
 * {@code GET /state} the board as JSON ({@code HEAD} on each: the headers alone). {@link #close()} ends every stream
 * with a {@code closed} event, then stops.
 *
 * <p>Only requests whose {@code Host} is {@code 127.0.0.1} or {@code localhost} are answered (421 otherwise): a web
 * page elsewhere that makes a browser resolve its own name to 127.0.0.1 (DNS rebinding) cannot read the board. A
 * page that stops reading its stream is dropped after {@link #WRITE_TIMEOUT} of a write that does not complete, so
 * that it does not hold a stream's slot. The JDK server's own log is silenced: nothing of it reaches stderr.
 */
public final class BoardServer implements AutoCloseable {
    /** At most this many pages stream at once; more get 503 (each stream holds a thread). */
    static final int MAX_STREAMS = 32;
    private static final String PAGE_RESOURCE = "/board/index.html";
    private static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'unsafe-inline'; "
            + "style-src 'unsafe-inline'; img-src data:; connect-src 'self'; base-uri 'none'; form-action 'none'";
    private static final long STREAMS_END_MILLIS = 2000;
    /** How long one write to a page may take before the page is dropped (a page that does not read). */
    static final Duration WRITE_TIMEOUT = Duration.ofSeconds(10);
    private static final Set<String> HOSTS = Set.of("127.0.0.1", "localhost");
    /** Held, so that the silenced level is not lost with a collected logger. */
    private static final Logger JDK_SERVER_LOG = Logger.getLogger("com.sun.net.httpserver");

    static {
        JDK_SERVER_LOG.setLevel(Level.OFF);
    }

    private final HttpServer server;
    private final ExecutorService threads;
    private final BoardState state;
    private final BoardJson json = new BoardJson();
    private final byte[] page;
    private final AtomicInteger streams = new AtomicInteger();
    private final Set<EventStream> open = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService watchdog;
    private final Duration writeTimeout;
    private final Object streamsLock = new Object();
    private boolean closed;

    private BoardServer(HttpServer server, ExecutorService threads, BoardState state, byte[] page,
                        Duration writeTimeout) {
        this.server = server;
        this.threads = threads;
        this.state = state;
        this.page = page;
        this.writeTimeout = writeTimeout;
        this.watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "board-write-watchdog");
            t.setDaemon(true);
            return t;
        });
        long every = Math.max(10, writeTimeout.toMillis() / 4);
        watchdog.scheduleWithFixedDelay(() -> open.forEach(stream -> stream.dropIfStuck(writeTimeout)), every, every,
                TimeUnit.MILLISECONDS);
    }

    /**
     * Starts serving.
     *
     * @param port  the port on 127.0.0.1, or 0 for any free one
     * @param state what to show
     * @return the running server
     * @throws IOException if the port cannot be bound (in use, or not allowed)
     */
    public static BoardServer start(int port, BoardState state) throws IOException {
        return start(port, state, WRITE_TIMEOUT);
    }

    /**
     * Starts serving, with another write time-out (tests).
     *
     * @param port         the port on 127.0.0.1, or 0 for any free one
     * @param state        what to show
     * @param writeTimeout how long one write to a page may take before the page is dropped
     * @return the running server
     * @throws IOException if the port cannot be bound
     */
    static BoardServer start(int port, BoardState state, Duration writeTimeout) throws IOException {
        byte[] page = page();
        InetAddress loopback = InetAddress.getByAddress("localhost", new byte[] {127, 0, 0, 1});
        HttpServer http = HttpServer.create(new InetSocketAddress(loopback, port), 0);
        AtomicInteger n = new AtomicInteger();
        // Daemon threads: a run that ends without closing the board still exits.
        ExecutorService threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "board-http-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        http.setExecutor(threads);
        BoardServer board = new BoardServer(http, threads, state, page, writeTimeout);
        http.createContext("/", board::handle);
        http.start();
        return board;
    }

    private static byte[] page() {
        try (InputStream in = BoardServer.class.getResourceAsStream(PAGE_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the board's page " + PAGE_RESOURCE + " is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the page's address, {@code http://127.0.0.1:PORT/} */
    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    /** @return the address it listens on */
    InetSocketAddress address() {
        return server.getAddress();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            boolean head = "HEAD".equals(method);
            boolean known = "/".equals(path) || "/index.html".equals(path) || "/events".equals(path)
                    || "/state".equals(path);
            if (!allowedHost(exchange.getRequestHeaders().getFirst("Host"))) {
                text(exchange, 421, "the board answers only to http://127.0.0.1 and http://localhost\n", head);
            } else if (!known) {
                text(exchange, 404, "not found: the board is at /\n", head);
            } else if (!"GET".equals(method) && !head) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                text(exchange, 405, "only GET and HEAD\n", false);
            } else if ("/events".equals(path)) {
                if (head) {
                    exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
                    exchange.getResponseHeaders().set("Cache-Control", "no-store");
                    exchange.sendResponseHeaders(200, -1);
                } else {
                    stream(exchange);
                }
            } else if ("/state".equals(path)) {
                exchange.getResponseHeaders().set("Cache-Control", "no-store");
                send(exchange, 200, "application/json; charset=utf-8", json.toJson(state.snapshot()), head);
            } else {
                exchange.getResponseHeaders().set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
                exchange.getResponseHeaders().set("Cache-Control", "no-store");
                send(exchange, 200, "text/html; charset=utf-8", page, head);
            }
        }
    }

    /** @return whether the Host header names this machine's loopback, as the board's own address does */
    static boolean allowedHost(String host) {
        if (host == null) {
            return false;
        }
        String name = host.strip().toLowerCase(java.util.Locale.ROOT);
        int colon = name.lastIndexOf(':');
        if (colon >= 0) {
            String port = name.substring(colon + 1);
            if (port.isEmpty() || !port.chars().allMatch(Character::isDigit)) {
                return false;
            }
            name = name.substring(0, colon);
        }
        return HOSTS.contains(name);
    }

    private void stream(HttpExchange exchange) throws IOException {
        synchronized (streamsLock) {
            if (closed || streams.get() >= MAX_STREAMS) {
                text(exchange, 503, closed ? "the board is closing\n" : "too many pages open on this board\n");
                return;
            }
            streams.incrementAndGet();
        }
        EventStream stream = new EventStream(state, json);
        open.add(stream);
        try {
            stream.serve(exchange);
        } finally {
            open.remove(stream);
            synchronized (streamsLock) {
                streams.decrementAndGet();
                streamsLock.notifyAll();
            }
        }
    }

    private static void text(HttpExchange exchange, int status, String body) throws IOException {
        text(exchange, status, body, false);
    }

    private static void text(HttpExchange exchange, int status, String body, boolean head) throws IOException {
        send(exchange, status, "text/plain; charset=utf-8", body.getBytes(StandardCharsets.UTF_8), head);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body, boolean head)
            throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        if (head) {
            exchange.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        exchange.getResponseBody().write(body);
    }

    /** @return how many pages are streaming now */
    int openStreams() {
        return streams.get();
    }

    /**
     * Ends every stream with its {@code closed} event (waiting a little for them to be written), then stops the
     * server and its threads. Idempotent.
     */
    @Override
    public void close() {
        synchronized (streamsLock) {
            if (closed) {
                return;
            }
            closed = true;
        }
        state.close();
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(STREAMS_END_MILLIS);
        synchronized (streamsLock) {
            long left;
            while (streams.get() > 0 && (left = deadline - System.nanoTime()) > 0) {
                try {
                    streamsLock.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        server.stop(0);
        watchdog.shutdownNow();
        threads.shutdownNow();
    }
}
