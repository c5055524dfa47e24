package dev.adhoc.waittimes.cdk.constructs;

import dev.adhoc.waittimes.cdk.OrderEventPattern;
import dev.adhoc.waittimes.cdk.StackSettings.CompletionMode;
import java.util.List;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.events.IEventBus;
import software.amazon.awscdk.services.events.Rule;
import software.amazon.awscdk.services.events.targets.SfnStateMachine;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.sqs.IQueue;
import software.amazon.awscdk.services.stepfunctions.IStateMachine;
import software.constructs.Construct;

/**
 * The rule on the existing bus that starts the workflow for each consumed event. EventBridge retries a failed
 * start (throttling) for up to 24 hours, then sends the event to the dead-letter queue.
 */
public final class OrderEventRule extends Construct {
    /** EventBridge's maximum: keep retrying a failed start for a day before giving the event up to the DLQ. */
    public static final Duration MAX_EVENT_AGE = Duration.hours(24);
    /** EventBridge's maximum number of retries. */
    public static final int RETRY_ATTEMPTS = 185;

    private final Rule rule;

    /**
     * @param bus          the imported bus
     * @param mode         selects the consumed detail-types
     * @param extension    the deployed extension's name, for the descriptions
     * @param workflow     the target, started with the whole event as input
     * @param deadLetters  where events go that could not be delivered
     */
    public OrderEventRule(Construct scope, String id, IEventBus bus, CompletionMode mode, String extension,
                          IStateMachine workflow, IQueue deadLetters) {
        super(scope, id);
        // Own role instead of the target's default, for the aws:SourceAccount condition on its trust policy; the
        // target grants it states:StartExecution on the workflow and nothing else.
        Role startRole = Role.Builder.create(this, "StartWorkflowRole")
                .assumedBy(TrustedService.inThisAccount("events.amazonaws.com"))
                .description("Starts the " + extension + " workflow for each consumed event")
                .build();
        this.rule = Rule.Builder.create(this, "Rule")
                .description("Serverlesspresso order events the " + extension + " extension consumes (" + mode.value()
                        + " mode)")
                .eventBus(bus)
                .eventPattern(OrderEventPattern.of(mode))
                .targets(List.of(SfnStateMachine.Builder.create(workflow)
                        .role(startRole)
                        .deadLetterQueue(deadLetters)
                        .maxEventAge(MAX_EVENT_AGE)
                        .retryAttempts(RETRY_ATTEMPTS)
                        .build()))
                .build();
    }

    /** @return the rule */
    public Rule rule() {
        return rule;
    }
}
