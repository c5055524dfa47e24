package dev.adhoc.waittimes.aws.lambda;

import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.LambdaRuntime;
import com.amazonaws.services.lambda.runtime.logging.LogLevel;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.adhoc.waittimes.core.domain.Rejection;
import dev.adhoc.waittimes.core.waittimes.port.out.RejectionReporter;

import java.util.Objects;

/**
 * Structured JSON log lines through the Lambda logger (no logging framework): one WARN line per rejection (as core's
 * {@link RejectionReporter}, so every rejection is logged in one place) and one line per invocation with its status
 * and counts. The logger is the current invocation's ({@link #use}); a Lambda container runs one invocation at a
 * time.
 */
final class InvocationLog implements RejectionReporter {
    private final ObjectMapper json;
    private volatile LambdaLogger logger = LambdaRuntime.getLogger();

    InvocationLog(ObjectMapper json) {
        this.json = Objects.requireNonNull(json, "json");
    }

    /** @param current the logger of the invocation that starts */
    void use(LambdaLogger current) {
        this.logger = Objects.requireNonNull(current, "logger");
    }

    @Override
    public void report(Rejection rejection) {
        ObjectNode line = json.createObjectNode()
                .put("message", "order event rejected")
                .put("reason", rejection.reason().name())
                .put("detail", rejection.message())
                .put("eventRef", rejection.eventRef());
        write(line, LogLevel.WARN);
    }

    /**
     * @param output   what the invocation returns
     * @param eventRef which event it was (its id, or the request)
     * @param what     the command it was mapped to, or the ignored detail-type
     */
    void invocation(HandlerOutput output, String eventRef, String what) {
        ObjectNode line = json.createObjectNode()
                .put("message", "order event handled")
                .put("status", output.status().name())
                .put("entries", output.entries().size())
                .put("eventRef", eventRef)
                .put(output.status() == HandlerOutput.Status.IGNORED ? "detailType" : "command", what);
        if (output.rejection() != null) {
            line.put("reason", output.rejection().reason());
        }
        // An ignored event is routine noise once the rule filters by detail-type: debug only.
        write(line, output.status() == HandlerOutput.Status.IGNORED ? LogLevel.DEBUG : LogLevel.INFO);
    }

    /**
     * @param message what went wrong
     * @param cause   the exception; only its type and message are logged
     */
    void error(String message, Exception cause) {
        write(json.createObjectNode().put("message", message).put("error", cause.getClass().getName())
                .put("cause", String.valueOf(cause.getMessage())), LogLevel.ERROR);
    }

    private void write(ObjectNode line, LogLevel level) {
        line.put("level", level.name());
        try {
            logger.log(json.writeValueAsString(line), level);
        } catch (JsonProcessingException e) {
            logger.log("{\"message\":\"log line not serializable\"}", LogLevel.ERROR);
        }
    }
}
