package dev.adhoc.waittimes.player.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;

/**
 * A JSON array of events, as an EventBridge archive export holds them, read element by element (never whole).
 * Each element's structure is copied token by token to its own text, which the contract's parser then reads exactly
 * as the Lambda reads an event: duplicate keys, wrong types and oversized events are rejected there. A syntax error
 * ends the array (no JSON reader can find the next element after one), and is reported once.
 */
final class JsonArraySource implements EventSource {
    private static final JsonFactory JSON = JsonFactory.builder()
            .disable(JsonFactory.Feature.INTERN_FIELD_NAMES) // ids and names are not worth interning
            .build();

    private final CountingInputStream in;
    private final JsonParser parser;
    private final BoundedBytes element;
    private long index;
    private boolean started;
    private boolean ended;
    private boolean copying;

    JsonArraySource(CountingInputStream in, int maxEventBytes) throws IOException {
        this.in = in;
        this.parser = JSON.createParser(in);
        this.element = new BoundedBytes(maxEventBytes + 1);
    }

    @Override
    public InputItem next() throws IOException {
        if (ended) {
            return null;
        }
        try {
            if (!started) {
                started = true;
                if (parser.nextToken() != JsonToken.START_ARRAY) {
                    return end(new InputItem.Unreadable("start of input", "not a JSON array"));
                }
            }
            JsonToken token = parser.nextToken();
            if (token == JsonToken.END_ARRAY) {
                ended = true;
                if (parser.nextToken() != null) {
                    return new InputItem.Unreadable("after element " + index, "content after the end of the array");
                }
                return null;
            }
            if (token == null) {
                return end(new InputItem.Unreadable("after element " + index, "the array is not closed"));
            }
            index++;
            element.reset();
            copying = true;
            try (JsonGenerator copy = JSON.createGenerator(element)) {
                copy.copyCurrentStructure(parser);
            }
            copying = false;
            return new InputItem.Event("element " + index, element.toByteArray());
        } catch (JsonProcessingException e) {
            // The byte offset is in the whole input: it helps find the damage.
            long broken = copying ? index : index + 1;
            copying = false;
            return end(new InputItem.Unreadable("element " + broken, "not valid JSON, the rest of the array cannot be read: "
                    + e.getOriginalMessage() + " (at byte " + e.getLocation().getByteOffset() + ")"));
        }
    }

    private InputItem end(InputItem last) {
        ended = true;
        return last;
    }

    @Override
    public long bytesRead() {
        return in.count();
    }

    @Override
    public void close() throws IOException {
        parser.close();
        in.close();
    }
}
