package dev.adhoc.waittimes.player.cli;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import dev.adhoc.waittimes.aws.lambda.LambdaSettings;
import dev.adhoc.waittimes.aws.lambda.RecordOrderEventHandler;
import dev.adhoc.waittimes.core.domain.WaitTimeSettings;
import dev.adhoc.waittimes.inmemory.InMemoryOrderRecords;
import dev.adhoc.waittimes.inmemory.InMemoryWaitTimeWindows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;

/**
 * The workflow as the stub plays it: the project's real Lambda handler, on in-memory storage, runs each execution's
 * input and its result is the execution's output (the workflow of docs/adr/0003 returns it unchanged).
 * One execution at a time, in the order the calls arrive.
 */
final class LambdaBehindTheStub implements Function<StepFunctionsStub.Call, StepFunctionsStub.Reply> {
    private final RecordOrderEventHandler handler;

    LambdaBehindTheStub() {
        Clock clock = Clock.systemUTC();
        handler = new RecordOrderEventHandler(new LambdaSettings("wait-times", "Serverlesspresso",
                WaitTimeSettings.DEFAULTS, Optional.empty()), new InMemoryOrderRecords(clock),
                new InMemoryWaitTimeWindows(), clock);
    }

    @Override
    public synchronized StepFunctionsStub.Reply apply(StepFunctionsStub.Call call) {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        try {
            handler.handleRequest(new ByteArrayInputStream(call.input().getBytes(StandardCharsets.UTF_8)), output,
                    new QuietContext(call.name()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return StepFunctionsStub.succeeded(call, output.toString(StandardCharsets.UTF_8));
    }

    /** A Lambda context whose logger drops the handler's log lines. */
    private record QuietContext(String requestId) implements Context {
        @Override
        public String getAwsRequestId() {
            return requestId;
        }

        @Override
        public String getLogGroupName() {
            return "stub";
        }

        @Override
        public String getLogStreamName() {
            return "stub";
        }

        @Override
        public String getFunctionName() {
            return "stub";
        }

        @Override
        public String getFunctionVersion() {
            return "$LATEST";
        }

        @Override
        public String getInvokedFunctionArn() {
            return "arn:aws:lambda:us-east-1:123456789012:function:stub";
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
            return 512;
        }

        @Override
        public LambdaLogger getLogger() {
            return new LambdaLogger() {
                @Override
                public void log(String message) {
                }

                @Override
                public void log(byte[] message) {
                }
            };
        }
    }
}
