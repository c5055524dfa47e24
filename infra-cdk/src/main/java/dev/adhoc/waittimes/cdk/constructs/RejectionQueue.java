package dev.adhoc.waittimes.cdk.constructs;

import io.github.cdklabs.cdknag.NagPackSuppression;
import io.github.cdklabs.cdknag.NagSuppressions;
import java.util.List;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.sqs.Queue;
import software.constructs.Construct;

/**
 * Where the workflow reports rejected events: one message per rejection, built from the handler's
 * {@code rejection} (its id, reason, message, the bus event's id and detail-type, the tenant) and the execution's
 * name, never from the event itself, so it holds no customer data. Rejections are routine (a clock skew, a wait above
 * the ceiling): they have a rate alarm of their own, not the dead-letter queue's.
 */
public final class RejectionQueue extends Construct {
    /** A week: long enough to look at a bar's rejections after an event day, short enough to keep the queue small. */
    public static final Duration RETENTION = Duration.days(7);

    private final Queue queue;

    public RejectionQueue(Construct scope, String id) {
        super(scope, id);
        this.queue = DeadLetterQueue.SecureQueue.create(this, RETENTION);
        NagSuppressions.addResourceSuppressions(queue, List.of(NagPackSuppression.builder()
                .id("AwsSolutions-SQS3")
                .reason("A record of rejections that operators read; nothing consumes it, so no message is ever "
                        + "received often enough to need a dead-letter queue of its own.")
                .build()));
    }

    /** @return the queue */
    public Queue queue() {
        return queue;
    }
}
