package dev.adhoc.waittimes.aws.dynamodb;

import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts DynamoDB requests by operation and sums the capacity units they report consumed (requests must ask
 * for {@code ReturnConsumedCapacity=TOTAL}; the stores always do). Register it on a client with
 * {@link DynamoDbClients#create}; read it with {@link #snapshot()}. Thread-safe.
 *
 * <p>A request counts once per API call that reached the service, whether it succeeded or the service refused it
 * (a failed condition is billed too); the SDK's own retries of a throttled call count once. A refused request
 * reports no consumed capacity, although DynamoDB bills a failed conditional write one write unit.
 */
public final class DynamoDbRequestMeter implements ExecutionInterceptor {
    private final Map<String, LongAdder> requests = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> refused = new ConcurrentHashMap<>();
    private final Map<String, DoubleAdder> capacity = new ConcurrentHashMap<>();

    /**
     * What was counted, by operation name ({@code GetItem}, {@code UpdateItem}, ...).
     *
     * @param requests      API calls that reached the service
     * @param refused       of those, the ones the service refused (e.g. a failed condition)
     * @param capacityUnits capacity units the successful calls reported consumed
     */
    public record Snapshot(Map<String, Long> requests, Map<String, Long> refused, Map<String, Double> capacityUnits) {
        /** Copies the maps, sorted by operation. */
        public Snapshot {
            requests = Map.copyOf(new TreeMap<>(requests));
            refused = Map.copyOf(new TreeMap<>(refused));
            capacityUnits = Map.copyOf(new TreeMap<>(capacityUnits));
        }

        /** @return the calls of one operation */
        public long requests(String operation) {
            return requests.getOrDefault(operation, 0L);
        }

        /** @return the calls of every operation */
        public long totalRequests() {
            return requests.values().stream().mapToLong(Long::longValue).sum();
        }

        /** @return the refused calls of one operation */
        public long refused(String operation) {
            return refused.getOrDefault(operation, 0L);
        }

        /** @return the capacity units one operation consumed */
        public double capacityUnits(String operation) {
            return capacityUnits.getOrDefault(operation, 0.0);
        }

        /** @return the capacity units every operation consumed */
        public double totalCapacityUnits() {
            return capacityUnits.values().stream().mapToDouble(Double::doubleValue).sum();
        }

        /** @return what was counted since an earlier snapshot */
        public Snapshot minus(Snapshot earlier) {
            Map<String, Long> r = new TreeMap<>(requests);
            earlier.requests.forEach((op, n) -> r.merge(op, -n, Long::sum));
            Map<String, Long> x = new TreeMap<>(refused);
            earlier.refused.forEach((op, n) -> x.merge(op, -n, Long::sum));
            Map<String, Double> c = new TreeMap<>(capacityUnits);
            earlier.capacityUnits.forEach((op, n) -> c.merge(op, -n, Double::sum));
            r.values().removeIf(n -> n == 0);
            x.values().removeIf(n -> n == 0);
            c.values().removeIf(n -> n == 0);
            return new Snapshot(r, x, c);
        }
    }

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        String operation = operation(attributes);
        requests.computeIfAbsent(operation, op -> new LongAdder()).increment();
        double units = consumed(context.response());
        if (units > 0) {
            capacity.computeIfAbsent(operation, op -> new DoubleAdder()).add(units);
        }
    }

    @Override
    public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
        if (context.exception() instanceof AwsServiceException) { // it reached the service
            String operation = operation(attributes);
            requests.computeIfAbsent(operation, op -> new LongAdder()).increment();
            refused.computeIfAbsent(operation, op -> new LongAdder()).increment();
        }
    }

    /** @return what was counted so far */
    public Snapshot snapshot() {
        Map<String, Long> r = new TreeMap<>();
        requests.forEach((op, n) -> r.put(op, n.sum()));
        Map<String, Long> x = new TreeMap<>();
        refused.forEach((op, n) -> x.put(op, n.sum()));
        Map<String, Double> c = new TreeMap<>();
        capacity.forEach((op, n) -> c.put(op, n.sum()));
        return new Snapshot(r, x, c);
    }

    /** Forgets everything counted so far. */
    public void reset() {
        requests.clear();
        refused.clear();
        capacity.clear();
    }

    private static String operation(ExecutionAttributes attributes) {
        String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        return operation == null ? "unknown" : operation;
    }

    /** Works for every response that carries ConsumedCapacity, one (item and query calls) or a list (batches). */
    private static double consumed(SdkResponse response) {
        Object value = response.getValueForField("ConsumedCapacity", Object.class).orElse(null);
        if (value instanceof ConsumedCapacity c) {
            return units(c);
        }
        if (value instanceof Iterable<?> list) {
            double sum = 0;
            for (Object c : list) {
                if (c instanceof ConsumedCapacity cc) {
                    sum += units(cc);
                }
            }
            return sum;
        }
        return 0;
    }

    private static double units(ConsumedCapacity c) {
        return c.capacityUnits() == null ? 0 : c.capacityUnits();
    }
}
