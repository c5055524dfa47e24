package dev.adhoc.waittimes.player.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.adhoc.waittimes.player.simulation.SimulatedEvent;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Writes a simulated event as the EventBridge envelope the bus delivers:
 * {@code version, id, detail-type, source, account, time, region, resources, detail}, on one line.
 * Not thread-safe (it reuses one buffer).
 */
public final class EventJson {
    private static final JsonFactory JSON = new JsonFactory();

    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(1024);

    /** @return the event's envelope as UTF-8 JSON, without a line break */
    public byte[] toJson(SimulatedEvent event) {
        buffer.reset();
        try (JsonGenerator json = JSON.createGenerator(buffer)) {
            json.writeStartObject();
            json.writeStringField("version", "0");
            json.writeStringField("id", event.id());
            json.writeStringField("detail-type", event.detailType());
            json.writeStringField("source", SimulatedEvent.SOURCE);
            json.writeStringField("account", SimulatedEvent.ACCOUNT);
            json.writeStringField("time", event.time().toString());
            json.writeStringField("region", SimulatedEvent.REGION);
            json.writeArrayFieldStart("resources");
            json.writeEndArray();
            json.writeFieldName("detail");
            writeValue(json, event.detail());
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write event " + event.id(), e);
        }
        return buffer.toByteArray();
    }

    /** @return the event's detail alone, as JSON text (what {@code PutEvents} takes as {@code Detail}) */
    public String detailJson(SimulatedEvent event) {
        buffer.reset();
        try (JsonGenerator json = JSON.createGenerator(buffer)) {
            writeValue(json, event.detail());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write event " + event.id(), e);
        }
        return buffer.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static void writeValue(JsonGenerator json, Object value) throws IOException {
        if (value instanceof Map<?, ?> map) {
            json.writeStartObject();
            for (Map.Entry<?, ?> field : map.entrySet()) {
                json.writeFieldName((String) field.getKey());
                writeValue(json, field.getValue());
            }
            json.writeEndObject();
        } else if (value instanceof List<?> list) {
            json.writeStartArray();
            for (Object item : list) {
                writeValue(json, item);
            }
            json.writeEndArray();
        } else if (value instanceof String text) {
            json.writeString(text);
        } else if (value instanceof Integer number) {
            json.writeNumber(number);
        } else if (value instanceof Long number) {
            json.writeNumber(number);
        } else if (value instanceof Boolean flag) {
            json.writeBoolean(flag);
        } else if (value == null) {
            json.writeNull();
        } else {
            throw new IllegalArgumentException("no JSON form for " + value.getClass());
        }
    }
}
