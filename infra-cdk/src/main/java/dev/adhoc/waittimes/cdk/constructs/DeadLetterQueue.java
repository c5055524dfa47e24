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
 * The dead-letter queue, for failures only: events the rule could not deliver, events the workflow failed to record,
 * and entries it failed to emit. Rejected events go to the {@link RejectionQueue}, so that a message here always
 * means something to fix. Nothing reads it automatically: an alarm fires when messages arrive, and an operator
 * inspects and redrives them (infra-cdk/README.md, "Operating it").
 */
public final class DeadLetterQueue extends Construct {
    /** SQS's maximum, so that a failure noticed late can still be redriven. */
    public static final Duration RETENTION = Duration.days(14);

    private final Queue queue;

    public DeadLetterQueue(Construct scope, String id) {
        super(scope, id);
        this.queue = SecureQueue.create(this, RETENTION);
        NagSuppressions.addResourceSuppressions(queue, List.of(NagPackSuppression.builder()
                .id("AwsSolutions-SQS3")
                .reason("This queue is itself the dead-letter queue of the rule target and of the workflow.")
                .build()));
    }

    /** @return the queue */
    public Queue queue() {
        return queue;
    }

    /** The settings both queues share. */
    static final class SecureQueue {
        private SecureQueue() {
        }

        static Queue create(Construct scope, Duration retention) {
            return Queue.Builder.create(scope, "Queue")
                    // SQS-managed keys: encrypted at rest, and EventBridge may send without a KMS key policy
                    .encryption(QueueEncryption.SQS_MANAGED)
                    .enforceSsl(true)
                    .retentionPeriod(retention)
                    .removalPolicy(RemovalPolicy.DESTROY)
                    .build();
        }
    }
}
