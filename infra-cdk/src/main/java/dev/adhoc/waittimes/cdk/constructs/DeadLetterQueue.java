package dev.adhoc.waittimes.cdk.constructs;

import io.github.cdklabs.cdknag.NagPackSuppression;
import io.github.cdklabs.cdknag.NagSuppressions;
import java.util.List;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.sqs.Queue;
import software.amazon.awscdk.services.sqs.QueueEncryption;
import software.constructs.Construct;

/**
 * The one dead-letter queue: events the rule could not deliver, events the workflow failed to record, entries it
 * failed to emit, and rejected events with their reason. Nothing reads it automatically: an alarm fires on its
 * depth, and an operator inspects or replays.
 */
public final class DeadLetterQueue extends Construct {
    /** SQS's maximum retention, so an alarm over a long weekend still finds the messages. */
    public static final Duration RETENTION = Duration.days(14);

    private final Queue queue;

    public DeadLetterQueue(Construct scope, String id) {
        super(scope, id);
        this.queue = Queue.Builder.create(this, "Queue")
                // SQS-managed keys: encrypted at rest, and EventBridge may send without a KMS key policy
                .encryption(QueueEncryption.SQS_MANAGED)
                .enforceSsl(true)
                .retentionPeriod(RETENTION)
                .removalPolicy(RemovalPolicy.DESTROY)
                .build();
        NagSuppressions.addResourceSuppressions(queue, List.of(NagPackSuppression.builder()
                .id("AwsSolutions-SQS3")
                .reason("This queue is itself the dead-letter queue of the rule target and of the workflow.")
                .build()));
    }

    /** @return the queue */
    public Queue queue() {
        return queue;
    }
}
