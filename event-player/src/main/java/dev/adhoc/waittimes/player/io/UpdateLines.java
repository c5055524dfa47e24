package dev.adhoc.waittimes.player.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.adhoc.waittimes.aws.contract.WaitTimeEntries;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * The jsonl line of an update: the event the Lambda returns for the workflow to put on the bus (its
 * {@code PutEvents} entry, made for wait times by the contract's {@link WaitTimeEntries}), in the shape EventBridge
 * delivers it: {@code {"source":...,"detail-type":"OrderManager.DrinkAverageTime","detail":{...}}}, with the detail
 * as an object.
 */
public final class UpdateLines {
    private static final JsonFactory JSON = new JsonFactory();

    private UpdateLines() {
    }

    /**
     * @param source     the entry's {@code Source}
     * @param detailType the entry's {@code DetailType}
     * @param detailJson the entry's {@code Detail}: JSON on one line, written as it is
     * @return the jsonl line of a {@code PutEvents} entry, whoever made it (this process, or the deployed workflow)
     */
    public static String line(String source, String detailType, String detailJson) {
        StringWriter line = new StringWriter(256);
        try (JsonGenerator json = JSON.createGenerator(line)) {
            json.writeStartObject();
            json.writeStringField("source", source);
            json.writeStringField("detail-type", detailType);
            json.writeFieldName("detail");
            json.writeRawValue(detailJson); // the contract's own serialization, byte for byte
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the entry of " + detailType, e);
        }
        return line.toString();
    }
}
