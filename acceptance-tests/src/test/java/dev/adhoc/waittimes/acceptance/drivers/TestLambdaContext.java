package dev.adhoc.waittimes.acceptance.drivers;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The Lambda context the runtime would pass, with a logger that keeps the log lines. */
final class TestLambdaContext implements Context {
    final List<String> logLines = new ArrayList<>();
    private int requests;

    private final LambdaLogger logger = new LambdaLogger() {
        @Override
        public void log(String message) {
            logLines.add(message);
        }

        @Override
        public void log(byte[] message) {
            logLines.add(new String(message, StandardCharsets.UTF_8));
        }
    };

    TestLambdaContext nextRequest() {
        requests++;
        return this;
    }

    @Override
    public String getAwsRequestId() {
        return "request-" + requests;
    }

    @Override
    public String getLogGroupName() {
        return "/aws/lambda/wait-times";
    }

    @Override
    public String getLogStreamName() {
        return "local";
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
