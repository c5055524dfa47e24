package dev.adhoc.waittimes.acceptance.reliability;

import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;

import java.net.SocketTimeoutException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Random;

/**
 * Injects DynamoDB faults into a seeded fraction of calls, decided once per call (SDK execution) from a seeded
 * random sequence, so a sequential run injects the same faults every time. Where each fault is raised decides who
 * sees it (the SDK's interceptor hooks, verified against SDK 2.57):
 *
 * <ul>
 *   <li>{@link Fault#THROTTLED}: before the request is built, so the SDK does not retry it — as when throttling
 *       outlasts the SDK's own retries. Nothing is written; the invocation fails.</li>
 *   <li>{@link Fault#TIMEOUT_BEFORE_SEND}: a read time-out on the first attempt, before it is sent. The SDK
 *       retries it itself. Nothing is written twice.</li>
 *   <li>{@link Fault#TIMEOUT_AFTER_WRITE}: a read time-out on the first attempt <em>after</em> the server applied
 *       it. The SDK sends the same request again: a conditional write then fails against its own first write —
 *       the store must recognise that.</li>
 *   <li>{@link Fault#RESPONSE_LOST}: the server applied the call, the caller gets a failure and the SDK does not
 *       retry (the dangerous case): the invocation fails after its write.</li>
 * </ul>
 */
final class DynamoDbFaults implements ExecutionInterceptor {
    /** A kind of injected fault. */
    enum Fault { THROTTLED, TIMEOUT_BEFORE_SEND, TIMEOUT_AFTER_WRITE, RESPONSE_LOST }

    private static final ExecutionAttribute<Fault> PLANNED = new ExecutionAttribute<>("reliability.plannedFault");
    private static final ExecutionAttribute<Boolean> FIRED = new ExecutionAttribute<>("reliability.faultFired");

    private final Random random;
    private final Map<Fault, Integer> perMille;
    private final Map<Fault, Integer> injected = new EnumMap<>(Fault.class);
    private volatile boolean armed;
    private int calls;

    /**
     * @param seed     the seed of the fault sequence
     * @param perMille how many calls in a thousand get each fault
     */
    DynamoDbFaults(long seed, Map<Fault, Integer> perMille) {
        this.random = new Random(seed);
        this.perMille = new EnumMap<>(perMille);
        if (perMille.values().stream().mapToInt(Integer::intValue).sum() > 1000) {
            throw new IllegalArgumentException("more than 1000 per mille");
        }
    }

    /** Starts injecting (the stores' table set-up runs before). */
    void arm() {
        armed = true;
    }

    /** Stops injecting. */
    void disarm() {
        armed = false;
    }

    /** @return the faults injected so far, by kind */
    synchronized Map<Fault, Integer> injected() {
        return new EnumMap<>(injected);
    }

    /** @return the calls seen while armed */
    synchronized int calls() {
        return calls;
    }

    @Override
    public SdkRequest modifyRequest(Context.ModifyRequest context, ExecutionAttributes attributes) {
        Fault fault = plan();
        if (fault != null) {
            attributes.putAttribute(PLANNED, fault);
            if (fault == Fault.THROTTLED) {
                fire(attributes);
                throw throttled(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME));
            }
        }
        return context.request();
    }

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        if (due(attributes, Fault.TIMEOUT_BEFORE_SEND)) {
            throw timeout(Fault.TIMEOUT_BEFORE_SEND);
        }
    }

    @Override
    public void afterTransmission(Context.AfterTransmission context, ExecutionAttributes attributes) {
        if (due(attributes, Fault.TIMEOUT_AFTER_WRITE)) {
            throw timeout(Fault.TIMEOUT_AFTER_WRITE);
        }
    }

    @Override
    public SdkResponse modifyResponse(Context.ModifyResponse context, ExecutionAttributes attributes) {
        if (due(attributes, Fault.RESPONSE_LOST)) {
            throw SdkClientException.create("injected RESPONSE_LOST: the connection broke after the server "
                    + "applied the call");
        }
        return context.response();
    }

    private synchronized Fault plan() {
        if (!armed) {
            return null;
        }
        calls++;
        int draw = random.nextInt(1000);
        for (Map.Entry<Fault, Integer> f : perMille.entrySet()) {
            draw -= f.getValue();
            if (draw < 0) {
                return f.getKey();
            }
        }
        return null;
    }

    /** Fires a planned fault once per call: the SDK's own retry attempt of the same call goes through. */
    private boolean due(ExecutionAttributes attributes, Fault fault) {
        if (attributes.getAttribute(PLANNED) != fault || Boolean.TRUE.equals(attributes.getAttribute(FIRED))) {
            return false;
        }
        fire(attributes);
        return true;
    }

    private void fire(ExecutionAttributes attributes) {
        attributes.putAttribute(FIRED, true);
        synchronized (this) {
            injected.merge(attributes.getAttribute(PLANNED), 1, Integer::sum);
        }
    }

    private static RuntimeException throttled(String operation) {
        return ProvisionedThroughputExceededException.builder().statusCode(400)
                .awsErrorDetails(AwsErrorDetails.builder().serviceName("DynamoDB")
                        .errorCode("ProvisionedThroughputExceededException")
                        .errorMessage("injected THROTTLED: " + operation).build())
                .message("injected THROTTLED: " + operation).build();
    }

    private static RuntimeException timeout(Fault fault) {
        return SdkClientException.builder().message("injected " + fault)
                .cause(new SocketTimeoutException("Read timed out")).build();
    }
}
