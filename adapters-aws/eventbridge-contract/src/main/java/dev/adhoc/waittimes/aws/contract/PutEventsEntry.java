package dev.adhoc.waittimes.aws.contract;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.Objects;

/**
 * One entry of an EventBridge {@code PutEvents} request, in the API's own field names, as the Lambda returns it and
 * the workflow's {@code events:putEvents} task passes it on unchanged (ADR 0003).
 *
 * @param source       {@value ConsumedDetailTypes#SOURCE}
 * @param detailType   {@value WaitTimeEntries#DETAIL_TYPE}
 * @param eventBusName the bus to put the event on
 * @param detail       the detail, serialized: EventBridge takes it as a JSON string
 */
@JsonPropertyOrder({"Source", "DetailType", "EventBusName", "Detail"})
public record PutEventsEntry(
        @JsonProperty("Source") String source,
        @JsonProperty("DetailType") String detailType,
        @JsonProperty("EventBusName") String eventBusName,
        @JsonProperty("Detail") String detail) {
    /** @throws NullPointerException if a component is null */
    public PutEventsEntry {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(detailType, "detailType");
        Objects.requireNonNull(eventBusName, "eventBusName");
        Objects.requireNonNull(detail, "detail");
    }
}
