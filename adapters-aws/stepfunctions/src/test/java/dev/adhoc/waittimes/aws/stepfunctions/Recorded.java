package dev.adhoc.waittimes.aws.stepfunctions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The response shapes of the Step Functions and CloudFormation APIs, kept as test resources beside this class. */
final class Recorded {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String STATE_MACHINE_ARN = "arn:aws:states:us-west-2:123456789012:stateMachine:WaitTimesWorkflow";
    static final String EVENT_ID = "6f0c8b5e-1c2d-4e0f-9a7b-3d5e2f1a0b9c";

    private Recorded() {
    }

    /** @return the text of a resource beside this class */
    static String text(String name) {
        try (InputStream in = Recorded.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the completion event, exactly as the bus delivers it (no trailing newline) */
    static String event() {
        return text("order-completed-event.json").strip();
    }

    /** @return the recorded successful response with its output replaced by this one */
    static String succeededWithOutput(String output) {
        try {
            ObjectNode response = (ObjectNode) JSON.readTree(text("start-sync-execution-succeeded.json"));
            response.put("output", output);
            return JSON.writeValueAsString(response);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
