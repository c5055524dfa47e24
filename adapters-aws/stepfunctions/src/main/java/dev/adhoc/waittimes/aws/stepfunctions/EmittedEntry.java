package dev.adhoc.waittimes.aws.stepfunctions;

import java.util.Objects;

/**
 * One {@code PutEvents} entry the workflow emitted, exactly as the handler returned it (docs/adr/0003). Turning the
 * detail into a typed update is the EventBridge contract's job, not this adapter's.
 *
 * @param source       the entry's {@code Source}
 * @param detailType   the entry's {@code DetailType}, e.g. {@code OrderManager.DrinkAverageTime}
 * @param eventBusName the entry's {@code EventBusName}
 * @param detail       the entry's {@code Detail}: a JSON object serialized as a string
 */
public record EmittedEntry(String source, String detailType, String eventBusName, String detail) {
    /** @throws NullPointerException if a component is null */
    public EmittedEntry {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(detailType, "detailType");
        Objects.requireNonNull(eventBusName, "eventBusName");
        Objects.requireNonNull(detail, "detail");
    }
}
