package dev.adhoc.waittimes.aws.stepfunctions;

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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A loopback HTTP stub of an AWS API: answers each request with the next queued response, in order, and records
 * every request. Speaks whatever protocol the queued bodies are in (JSON 1.0 for Step Functions, Query/XML for
 * CloudFormation). With no response queued it answers 500, so a test that forgot one fails visibly.
 */
final class AwsApiStub implements AutoCloseable {
    /** JSON 1.0, the Step Functions protocol. */
    static final String AMZ_JSON = "application/x-amz-json-1.0";

    /** A request as received; header names are lower case. */
    record Request(String method, String path, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private record Response(int status, String contentType, String body) {
    }

    private final HttpServer server;
    private final Deque<Response> responses = new ArrayDeque<>();
    private final List<Request> requests = new ArrayList<>();

    private AwsApiStub(HttpServer server) {
        this.server = server;
    }

    static AwsApiStub start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            AwsApiStub stub = new AwsApiStub(server);
            server.createContext("/", stub::handle);
            server.start();
            return stub;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return {@code http://127.0.0.1:<port>} */
    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Queues the next response. */
    synchronized AwsApiStub respond(int status, String contentType, String body) {
        responses.addLast(new Response(status, contentType, body));
        return this;
    }

    /** @return the requests received so far, in order */
    synchronized List<Request> requests() {
        return List.copyOf(requests);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<String, String> headers = new TreeMap<>();
        exchange.getRequestHeaders().forEach((name, values) ->
                headers.put(name.toLowerCase(Locale.ROOT), String.join(",", values)));
        Response response;
        synchronized (this) {
            requests.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), headers, body));
            response = responses.pollFirst();
        }
        if (response == null) {
            response = new Response(500, AMZ_JSON, "{\"__type\":\"StubHasNoResponse\",\"message\":\"none queued\"}");
        }
        byte[] bytes = response.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", response.contentType());
        exchange.getResponseHeaders().set("x-amzn-RequestId", "stub-" + requests().size());
        exchange.sendResponseHeaders(response.status(), bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
