package dev.adhoc.waittimes.aws.stepfunctions;

import java.time.Duration;
import java.util.Objects;

/**
 * Which execution ran an event, for tracing and the cost figures.
 *
 * @param arn            the execution's ARN
 * @param name           the execution's name (derived from the event id, see {@link ExecutionNames})
 * @param elapsed        from the execution's start to its stop as Step Functions reports them; zero if unknown
 * @param billedDuration the billed duration; zero if the response carries no billing details
 * @param billedMemoryMb the billed memory in MB; zero if the response carries no billing details
 */
public record Execution(String arn, String name, Duration elapsed, Duration billedDuration, long billedMemoryMb) {
    /** @throws NullPointerException if a component is null */
    public Execution {
        Objects.requireNonNull(arn, "arn");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(elapsed, "elapsed");
        Objects.requireNonNull(billedDuration, "billedDuration");
    }
}
