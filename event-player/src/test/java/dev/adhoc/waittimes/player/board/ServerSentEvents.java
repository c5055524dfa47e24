package dev.adhoc.waittimes.player.board;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Iterator;
import java.util.stream.Stream;

/** A Server-Sent Events client for tests: reads one event at a time from {@code GET /events}. */
final class ServerSentEvents implements AutoCloseable {
    /** One event: its name and its data. */
    record Event(String name, String data) {
    }

    private final HttpResponse<Stream<String>> response;
    private final Iterator<String> lines;

    private ServerSentEvents(HttpResponse<Stream<String>> response) {
        this.response = response;
        this.lines = response.body().iterator();
    }

    static ServerSentEvents open(HttpClient client, URI board) {
        try {
            return new ServerSentEvents(client.send(HttpRequest.newBuilder(board.resolve("events")).build(),
                    HttpResponse.BodyHandlers.ofLines()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<Stream<String>> response() {
        return response;
    }

    /** @return the next event (comments and the retry field skipped), or null at the end of the stream */
    Event next() {
        String name = null;
        StringBuilder data = new StringBuilder();
        while (lines.hasNext()) {
            String line = lines.next();
            if (line.isEmpty()) {
                if (name != null || data.length() > 0) {
                    return new Event(name == null ? "message" : name, data.toString());
                }
            } else if (line.startsWith("event: ")) {
                name = line.substring("event: ".length());
            } else if (line.startsWith("data: ")) {
                data.append(line.substring("data: ".length()));
            }
        }
        return null;
    }

    @Override
    public void close() {
        response.body().close();
    }
}
