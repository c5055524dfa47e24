package dev.adhoc.waittimes.testsupport;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A stand-in for an AWS API on a free loopback port ({@code http://127.0.0.1:<port>}), for a client's endpoint
 * override in tests: the JDK's HTTP server, no other dependency. It records every request and answers each with what
 * a {@link Handler} gives; the handler speaks the API's protocol (the target of an AWS JSON call is in
 * {@link Request#target()}, its JSON in {@link Request#body()}). Each request is answered on a thread of its own, so
 * a handler may hold a request (to stall a client, or to answer several in another order) without holding the
 * others. A handler that throws answers HTTP 500 with the exception, so that a defect of the stub shows in the test.
 * Loading this class turns on {@code TCP_NODELAY} for the JDK's HTTP server (the system property
 * {@code sun.net.httpserver.nodelay}, unless it is set), or each answer waits for the client's delayed ACK.
 *
 * <pre>{@code
 * try (LoopbackAwsApi api = LoopbackAwsApi.start(request ->
 *         LoopbackAwsApi.Answer.json(200, LoopbackAwsApi.AMZ_JSON_1_1, "{\"FailedEntryCount\":0,\"Entries\":[]}"))) {
 *     ... a client with endpointOverride(api.endpoint()) ...
 *     assertThat(api.requests()).extracting(LoopbackAwsApi.Request::target).containsExactly("AWSEvents.PutEvents");
 * }
 * }</pre>
 */
public final class LoopbackAwsApi implements AutoCloseable {
    /** AWS JSON 1.0 (DynamoDB, Step Functions). */
    public static final String AMZ_JSON_1_0 = "application/x-amz-json-1.0";
    /** AWS JSON 1.1 (EventBridge). */
    public static final String AMZ_JSON_1_1 = "application/x-amz-json-1.1";

    static {
        // Without TCP_NODELAY each answer waits for the client's delayed ACK (about 40 ms a call on Linux). The JDK's
        // HTTP server reads the property once, when it is first used.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    /**
     * A request as received.
     *
     * @param number  its position among the requests received, from 0
     * @param method  the HTTP method
     * @param path    the request URI's path
     * @param headers its headers, by lower-case name (several values joined by {@code ','})
     * @param body    its body, as UTF-8
     */
    public record Request(int number, String method, String path, Map<String, String> headers, String body) {
        /** @throws NullPointerException if a component is null */
        public Request {
            headers = Map.copyOf(headers);
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(body, "body");
        }

        /**
         * @param name a header's name, in any case
         * @return its value, or null if the request has none
         */
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        /** @return the {@code X-Amz-Target} header (the operation of an AWS JSON call), or null */
        public String target() {
            return header("X-Amz-Target");
        }
    }

    /**
     * An HTTP answer.
     *
     * @param status      the status code
     * @param contentType its {@code Content-Type}
     * @param body        its body, written as UTF-8
     */
    public record Answer(int status, String contentType, String body) {
        /**
         * @param status      the status code
         * @param contentType the protocol's content type, e.g. {@link #AMZ_JSON_1_1}
         * @param json        the JSON body
         * @return the answer
         */
        public static Answer json(int status, String contentType, String json) {
            return new Answer(status, contentType, json);
        }

        /**
         * @param status      the status code, e.g. 400
         * @param contentType the protocol's content type
         * @param type        the error's {@code __type}, e.g. {@code UnknownOperationException}
         * @param message     its message (no quotes or backslashes)
         * @return an AWS JSON error
         */
        public static Answer error(int status, String contentType, String type, String message) {
            return new Answer(status, contentType, "{\"__type\":\"" + type + "\",\"message\":\"" + message + "\"}");
        }
    }

    /** Answers the stub's requests. */
    @FunctionalInterface
    public interface Handler {
        /**
         * @param request the request
         * @return its answer, or null to close the connection without one
         * @throws Exception to answer HTTP 500 with it
         */
        Answer answer(Request request) throws Exception;
    }

    private final HttpServer server;
    private final ExecutorService threads;
    private final Handler handler;
    private final List<Request> requests = new ArrayList<>();

    private LoopbackAwsApi(HttpServer server, ExecutorService threads, Handler handler) {
        this.server = server;
        this.threads = threads;
        this.handler = handler;
    }

    /**
     * Starts a stub on a free loopback port.
     *
     * @param handler what it answers
     * @return the running stub; close it when done
     * @throws UncheckedIOException if no loopback port is free
     */
    public static LoopbackAwsApi start(Handler handler) {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("no free loopback port for a stub", e);
        }
        ExecutorService threads = Executors.newCachedThreadPool(r -> {
            Thread thread = new Thread(r, "loopback-aws-api");
            thread.setDaemon(true);
            return thread;
        });
        LoopbackAwsApi api = new LoopbackAwsApi(server, threads, handler);
        server.setExecutor(threads);
        server.createContext("/", api::handle);
        server.start();
        return api;
    }

    /** @return the endpoint, {@code http://127.0.0.1:<port>} */
    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** @return the requests received so far, in order */
    public synchronized List<Request> requests() {
        return List.copyOf(requests);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Map<String, String> headers = new TreeMap<>();
            exchange.getRequestHeaders().forEach((name, values) ->
                    headers.put(name.toLowerCase(Locale.ROOT), String.join(",", values)));
            Request request;
            synchronized (this) {
                request = new Request(requests.size(), exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                        headers, body);
                requests.add(request);
            }
            Answer answer;
            try {
                answer = handler.answer(request);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return; // closed while holding the request: no answer
            } catch (Exception | Error e) {
                answer = new Answer(500, "text/plain", "the stub failed: " + e);
            }
            if (answer == null) {
                return;
            }
            byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", answer.contentType());
            exchange.getResponseHeaders().set("x-amzn-RequestId", "stub-" + request.number());
            exchange.sendResponseHeaders(answer.status(), bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    /** Stops the server; requests a handler still holds are interrupted and get no answer. */
    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    @Override
    public String toString() {
        return "LoopbackAwsApi[" + endpoint() + "]";
    }
}
