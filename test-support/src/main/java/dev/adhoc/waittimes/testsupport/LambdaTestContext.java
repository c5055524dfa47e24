package dev.adhoc.waittimes.testsupport;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.logging.LogLevel;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The Lambda context the runtime would pass a handler, for tests: its logger keeps every line with its level, and
 * its request id is the one given (or {@code <prefix>-<n>} after {@link #nextRequest()}).
 */
public final class LambdaTestContext implements Context {
    /**
     * One logged line.
     *
     * @param level the level it was logged at ({@code UNDEFINED} without one)
     * @param text  the line
     */
    public record Line(LogLevel level, String text) {
    }

    private final List<Line> lines = new ArrayList<>();
    private final String prefix;
    private String requestId;
    private int requests;

    /** @param requestId the request id (also the prefix of {@link #nextRequest()}'s ids) */
    public LambdaTestContext(String requestId) {
        this.prefix = requestId;
        this.requestId = requestId;
    }

    /** @return this context, with the next request id ({@code <prefix>-1}, {@code <prefix>-2}, ...) */
    public LambdaTestContext nextRequest() {
        requestId = prefix + "-" + ++requests;
        return this;
    }

    /** @return every line logged so far, in order */
    public List<Line> lines() {
        return List.copyOf(lines);
    }

    private final LambdaLogger logger = new LambdaLogger() {
        @Override
        public void log(String message) {
            log(message, LogLevel.UNDEFINED);
        }

        @Override
        public void log(byte[] message) {
            log(new String(message, StandardCharsets.UTF_8), LogLevel.UNDEFINED);
        }

        @Override
        public void log(String message, LogLevel level) {
            lines.add(new Line(level, message));
        }
    };

    @Override
    public String getAwsRequestId() {
        return requestId;
    }

    @Override
    public String getLogGroupName() {
        return "/aws/lambda/wait-times";
    }

    @Override
    public String getLogStreamName() {
        return "test";
    }

    @Override
    public String getFunctionName() {
        return "wait-times";
    }

    @Override
    public String getFunctionVersion() {
        return "$LATEST";
    }

    @Override
    public String getInvokedFunctionArn() {
        return "arn:aws:lambda:us-west-2:123456789012:function:wait-times";
    }

    @Override
    public CognitoIdentity getIdentity() {
        return null;
    }

    @Override
    public ClientContext getClientContext() {
        return null;
    }

    @Override
    public int getRemainingTimeInMillis() {
        return 30_000;
    }

    @Override
    public int getMemoryLimitInMB() {
        return 1024;
    }

    @Override
    public LambdaLogger getLogger() {
        return logger;
    }
}
