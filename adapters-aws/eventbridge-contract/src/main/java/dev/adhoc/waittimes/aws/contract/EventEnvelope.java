package dev.adhoc.waittimes.aws.contract;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * The standard EventBridge envelope, as the rule delivers it. Our own record (not the Lambda events library): it
 * binds only what the contract needs and every field keeps its bus type, so a wrong type is a typed rejection.
 *
 * @param version    always {@code "0"}
 * @param id         the event's unique id; with {@code time} it makes the order event's
 *                   {@link dev.adhoc.waittimes.core.domain.Occurrence}
 * @param detailType what happened, e.g. {@code OrderManager.WaitingCompletion}
 * @param source     who emitted it; Serverlesspresso uses {@value ConsumedDetailTypes#SOURCE}
 * @param account    the emitting account
 * @param time       ISO-8601 UTC, second precision on the bus
 * @param region     the emitting region
 * @param resources  ARNs the event concerns (empty for Serverlesspresso)
 * @param detail     the event's body, bound to a detail record once its type is known
 */
public record EventEnvelope(
        String version,
        String id,
        @JsonProperty("detail-type") String detailType,
        String source,
        String account,
        String time,
        String region,
        List<String> resources,
        JsonNode detail) {
}
