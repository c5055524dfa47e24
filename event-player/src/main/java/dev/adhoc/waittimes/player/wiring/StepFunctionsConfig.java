package dev.adhoc.waittimes.player.wiring;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * How to reach the deployed workflow ({@code --target stepfunctions}).
 *
 * @param stateMachineArn the state machine, or empty to read it from the stack
 * @param stack           the stack whose {@code StateMachineArn} output names the state machine, if no ARN is given
 * @param endpoint        an endpoint override for Step Functions (and CloudFormation), or empty for the region's
 * @param region          the AWS region, or empty for the SDK's chain
 * @param concurrency     the most executions in flight at once
 * @param format          how stdout shows the updates
 */
public record StepFunctionsConfig(Optional<String> stateMachineArn, Optional<String> stack, Optional<URI> endpoint,
                                  Optional<String> region, int concurrency, ExtensionConfig.Format format) {
    /** The default of {@code --concurrency}. */
    public static final int DEFAULT_CONCURRENCY = 8;
    /** The most {@code --concurrency} accepts. */
    public static final int MAX_CONCURRENCY = 64;

    /** @throws IllegalArgumentException unless exactly one of the ARN and the stack is given, or on a bad concurrency */
    public StepFunctionsConfig {
        Objects.requireNonNull(stateMachineArn, "stateMachineArn");
        Objects.requireNonNull(stack, "stack");
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(format, "format");
        if (stateMachineArn.isPresent() == stack.isPresent()) {
            throw new IllegalArgumentException("give either the state machine's ARN or the stack, not both or neither");
        }
        if (concurrency < 1 || concurrency > MAX_CONCURRENCY) {
            throw new IllegalArgumentException("concurrency must be between 1 and " + MAX_CONCURRENCY + ": " + concurrency);
        }
    }
}
