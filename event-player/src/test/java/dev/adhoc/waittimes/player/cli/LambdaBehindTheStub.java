package dev.adhoc.waittimes.player.cli;

import dev.adhoc.waittimes.aws.lambda.LambdaSettings;
import dev.adhoc.waittimes.aws.lambda.RecordOrderEventHandler;
import dev.adhoc.waittimes.core.memory.InMemoryOrderRecords;
import dev.adhoc.waittimes.core.memory.InMemorySampleIndex;
import dev.adhoc.waittimes.core.waittimes.WaitTimeSettings;
import dev.adhoc.waittimes.testsupport.LambdaTestContext;

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
                new InMemorySampleIndex(clock), clock);
    }

    @Override
    public synchronized StepFunctionsStub.Reply apply(StepFunctionsStub.Call call) {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        try {
            handler.handleRequest(new ByteArrayInputStream(call.input().getBytes(StandardCharsets.UTF_8)), output,
                    new LambdaTestContext(call.name()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return StepFunctionsStub.succeeded(call, output.toString(StandardCharsets.UTF_8));
    }
}
