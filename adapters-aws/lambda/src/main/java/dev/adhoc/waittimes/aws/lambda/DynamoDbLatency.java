package dev.adhoc.waittimes.aws.lambda;

import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

import java.time.Duration;
import java.util.Objects;

/**
 * Times every DynamoDB call of the client it is registered on, from the SDK's start of the call to its end (every
 * attempt and back-off included, successful or not), into {@link InvocationMetrics#dynamoDbCall}.
 */
final class DynamoDbLatency implements ExecutionInterceptor {
    private static final ExecutionAttribute<Long> STARTED = new ExecutionAttribute<>("WaitTimesCallStartedNanos");

    private final InvocationMetrics metrics;

    DynamoDbLatency(InvocationMetrics metrics) {
        this.metrics = Objects.requireNonNull(metrics, "metrics");
    }

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        attributes.putAttribute(STARTED, System.nanoTime());
    }

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        record(attributes);
    }

    @Override
    public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
        record(attributes);
    }

    private void record(ExecutionAttributes attributes) {
        Long started = attributes.getAttribute(STARTED);
        if (started != null) {
            metrics.dynamoDbCall(Duration.ofNanos(System.nanoTime() - started));
        }
    }
}
