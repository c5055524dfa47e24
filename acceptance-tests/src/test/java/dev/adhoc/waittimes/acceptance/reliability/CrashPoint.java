package dev.adhoc.waittimes.acceptance.reliability;

import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

import java.util.ArrayList;
import java.util.List;

/**
 * Kills an invocation at one chosen DynamoDB call, as a Lambda container dying there would: just before the k-th
 * call is sent (nothing of it done), or just after the server answered it (a write applied, or a condition
 * refused, but the invocation never learns). Also records which operations an invocation makes (an index write with
 * the key it writes: {@code "PutItem NYC#Caffe Latte"}), to enumerate every point. The crash is a plain exception,
 * which the SDK does not retry.
 */
final class CrashPoint implements ExecutionInterceptor {
    /** Where, relative to the chosen call, the invocation dies. */
    enum When {
        /** The call is never sent. */
        BEFORE_SENDING,
        /** The server processed the call (applied it, or refused its condition); the answer dies with the container. */
        AFTER_SERVER_ANSWERED
    }

    /** The crash, as the invocation sees it. */
    static final class Crash extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Crash(String message) {
            super(message);
        }
    }

    private static final ExecutionAttribute<Boolean> DOOMED = new ExecutionAttribute<>("reliability.doomed");

    private final List<String> operations = new ArrayList<>();
    private boolean recording;
    private int crashAt;
    private When when;
    private int calls;
    private boolean crashed;

    /** Starts recording the operations of the following calls. */
    synchronized void record() {
        operations.clear();
        recording = true;
    }

    /** @return the operations recorded since {@link #record()}, in call order; stops recording */
    synchronized List<String> recorded() {
        recording = false;
        return List.copyOf(operations);
    }

    /** Crashes at the {@code call}-th call from now (1 for the next). */
    synchronized void arm(int call, When at) {
        crashAt = call;
        when = at;
        calls = 0;
        crashed = false;
    }

    /** @return whether the armed crash happened; disarms */
    synchronized boolean disarm() {
        crashAt = 0;
        return crashed;
    }

    @Override
    public synchronized SdkRequest modifyRequest(Context.ModifyRequest context, ExecutionAttributes attributes) {
        if (recording) {
            String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
            // an index write names its key: "PutItem NYC#Caffe Latte"
            operations.add(context.request() instanceof PutItemRequest put && put.item().containsKey("pk")
                    ? operation + " " + put.item().get("pk").s().replaceFirst("^[^#]*#INDEX#", "") : operation);
        }
        if (crashAt > 0 && ++calls == crashAt) {
            if (when == When.BEFORE_SENDING) {
                crashed = true;
                throw new Crash("crash before sending call " + crashAt);
            }
            attributes.putAttribute(DOOMED, true);
        }
        return context.request();
    }

    @Override
    public synchronized void afterTransmission(Context.AfterTransmission context, ExecutionAttributes attributes) {
        if (Boolean.TRUE.equals(attributes.getAttribute(DOOMED))) {
            crashed = true;
            throw new Crash("crash after the server answered call " + crashAt);
        }
    }
}
