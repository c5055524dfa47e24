package dev.adhoc.waittimes.acceptance.drivers.workflow;

import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/**
 * DynamoDB unreachable from the function while {@link #begin()} holds: every call fails as a refused connection
 * does, before the request is sent, so the SDK does not retry it and nothing is written.
 */
final class DynamoDbOutage implements ExecutionInterceptor {
    private volatile boolean down;

    void begin() {
        down = true;
    }

    void end() {
        down = false;
    }

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes executionAttributes) {
        if (down) {
            throw SdkClientException.create("Unable to execute HTTP request: Connect to 127.0.0.1 failed:"
                    + " Connection refused (DynamoDB made unreachable by the test)");
        }
    }
}
