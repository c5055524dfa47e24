package dev.adhoc.waittimes.acceptance.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import dev.adhoc.waittimes.acceptance.drivers.LambdaHandlerDriver;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * At-least-once delivery as the Step Functions task's {@code Retry} gives it: an invocation that throws (storage
 * unreachable, throttled beyond the SDK's retries, a response lost) is run again with the same event, a bounded
 * number of times. Counts the retries by cause. Thread-safe.
 */
final class Redelivery {
    private static final Pattern INJECTED = Pattern.compile("injected ([A-Z_]+)");

    private final int maxAttempts;
    private final Map<String, Integer> retries = new TreeMap<>();

    /** @param maxAttempts invocations per event at most (the task's MaxAttempts + 1) */
    Redelivery(int maxAttempts) {
        this.maxAttempts = maxAttempts;
    }

    /**
     * @return the output of the first invocation that did not throw
     * @throws RuntimeException the last failure, if every attempt failed
     */
    JsonNode deliver(LambdaHandlerDriver container, String eventJson) {
        for (int attempt = 1; ; attempt++) {
            try {
                return container.deliverRaw(eventJson);
            } catch (RuntimeException e) {
                if (attempt >= maxAttempts) {
                    throw e;
                }
                count(cause(e));
            }
        }
    }

    /** @return the retries so far, by cause (the injected fault, or the exception's type) */
    synchronized Map<String, Integer> retries() {
        return new TreeMap<>(retries);
    }

    /** @return the retries so far */
    synchronized int total() {
        return retries.values().stream().mapToInt(Integer::intValue).sum();
    }

    private synchronized void count(String cause) {
        retries.merge(cause, 1, Integer::sum);
    }

    private static String cause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            Matcher m = INJECTED.matcher(String.valueOf(t.getMessage()));
            if (m.find()) {
                return m.group(1);
            }
        }
        return e.getClass().getSimpleName();
    }
}
