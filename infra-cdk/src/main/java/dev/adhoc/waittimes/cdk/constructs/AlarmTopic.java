package dev.adhoc.waittimes.cdk.constructs;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awscdk.Aws;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.sns.Topic;
import software.amazon.awscdk.services.sns.subscriptions.EmailSubscription;
import software.constructs.Construct;

/**
 * The SNS topic every alarm notifies: subscribe a pager, a chat hook or an address to it (context
 * {@code alarmEmail} subscribes one address). Only this account's CloudWatch alarms may publish to it, over TLS.
 * It is not encrypted at rest: CloudWatch cannot publish to a topic under the AWS-managed SNS key, and the
 * notifications carry alarm names and thresholds, no event data.
 */
public final class AlarmTopic extends Construct {
    private final Topic topic;

    /**
     * @param email an address to subscribe (AWS sends it a confirmation link first), if any
     */
    public AlarmTopic(Construct scope, String id, Optional<String> email) {
        super(scope, id);
        this.topic = Topic.Builder.create(this, "Topic")
                .displayName("Wait-times extension alarms")
                .enforceSsl(true)
                .build();
        // A topic policy replaces SNS's default one, so CloudWatch is allowed explicitly, for this account's alarms.
        topic.addToResourcePolicy(PolicyStatement.Builder.create()
                .principals(List.of(new ServicePrincipal("cloudwatch.amazonaws.com")))
                .actions(List.of("sns:Publish"))
                .resources(List.of(topic.getTopicArn()))
                .conditions(Map.of(
                        "StringEquals", Map.of("aws:SourceAccount", Aws.ACCOUNT_ID),
                        "ArnLike", Map.of("aws:SourceArn", "arn:" + Aws.PARTITION + ":cloudwatch:" + Aws.REGION + ":"
                                + Aws.ACCOUNT_ID + ":alarm:*")))
                .build());
        email.ifPresent(address -> topic.addSubscription(new EmailSubscription(address)));
    }

    /** @return the topic */
    public Topic topic() {
        return topic;
    }
}
