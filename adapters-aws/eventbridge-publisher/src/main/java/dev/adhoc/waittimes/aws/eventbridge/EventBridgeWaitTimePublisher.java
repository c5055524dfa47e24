package dev.adhoc.waittimes.aws.eventbridge;

import dev.adhoc.waittimes.aws.contract.PutEventsEntry;
import dev.adhoc.waittimes.aws.contract.WaitTimeEntries;
import dev.adhoc.waittimes.core.waittimes.WaitTimeUpdate;
import dev.adhoc.waittimes.core.waittimes.port.out.WaitTimePublisher;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequest;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResponse;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResultEntry;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Puts wait-time updates on an EventBridge bus as {@code OrderManager.DrinkAverageTime} events.
 *
 * <p>{@code PutEvents} takes at most {@value #MAX_ENTRIES_PER_CALL} entries, so updates go in batches of that size,
 * in order. A call can succeed for some entries and fail for others (throttling, internal errors): only the failed
 * entries are resent, with the jittered backoff of a {@link PublishRetry}; whole-call failures are retried by the
 * SDK itself. Entries still failed after the last attempt raise {@link PublishFailedException} and the remaining
 * batches are not sent.
 *
 * <p>The Serverlesspresso Lambda does not use this class (the workflow emits, ADR 0003); it is for callers that
 * publish themselves, such as the event player.
 */
public final class EventBridgeWaitTimePublisher implements WaitTimePublisher {
    /** The most entries one {@code PutEvents} call accepts. */
    public static final int MAX_ENTRIES_PER_CALL = 10;

    private final EventBridgeClient client;
    private final WaitTimeEntries entries;
    private final PublishRetry retry;

    /**
     * @param client  the EventBridge client (built once; it may point at an endpoint override)
     * @param entries what the events look like and which bus they go to
     * @param retry   how failed entries are resent
     */
    public EventBridgeWaitTimePublisher(EventBridgeClient client, WaitTimeEntries entries, PublishRetry retry) {
        this.client = Objects.requireNonNull(client, "client");
        this.entries = Objects.requireNonNull(entries, "entries");
        this.retry = Objects.requireNonNull(retry, "retry");
    }

    /** A publisher with the {@link PublishRetry#DEFAULT} retries. */
    public EventBridgeWaitTimePublisher(EventBridgeClient client, WaitTimeEntries entries) {
        this(client, entries, PublishRetry.DEFAULT);
    }

    @Override
    public void publish(List<WaitTimeUpdate> updates) {
        List<PutEventsRequestEntry> all = entries.entries(updates).stream().map(EventBridgeWaitTimePublisher::toSdk)
                .toList();
        for (int from = 0; from < all.size(); from += MAX_ENTRIES_PER_CALL) {
            putBatch(all.subList(from, Math.min(from + MAX_ENTRIES_PER_CALL, all.size())), all.size());
        }
    }

    private void putBatch(List<PutEventsRequestEntry> batch, int total) {
        List<PutEventsRequestEntry> pending = batch;
        List<PublishFailedException.FailedEntry> failed = List.of();
        for (int attempt = 1; attempt <= retry.maxAttempts(); attempt++) {
            if (attempt > 1) {
                pause(attempt - 2);
            }
            PutEventsResponse response = client.putEvents(PutEventsRequest.builder().entries(pending).build());
            if (response.failedEntryCount() == null || response.failedEntryCount() == 0) {
                return;
            }
            List<PutEventsRequestEntry> stillPending = new ArrayList<>();
            List<PublishFailedException.FailedEntry> stillFailed = new ArrayList<>();
            List<PutEventsResultEntry> results = response.entries();
            for (int i = 0; i < pending.size(); i++) {
                // Results match the request entries by position; a short answer counts the rest as failed.
                PutEventsResultEntry result = i < results.size() ? results.get(i) : null;
                if (result == null || result.errorCode() != null) {
                    stillPending.add(pending.get(i));
                    stillFailed.add(new PublishFailedException.FailedEntry(pending.get(i).detail(),
                            result == null ? "NoResult" : result.errorCode(),
                            result == null ? "no result entry for this request entry" : result.errorMessage()));
                }
            }
            pending = stillPending;
            failed = stillFailed;
        }
        throw new PublishFailedException(failed, total, retry.maxAttempts());
    }

    private void pause(int retryIndex) {
        try {
            retry.sleeper().sleep(retry.delayBefore(retryIndex));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to resend wait-time events", e);
        }
    }

    private static PutEventsRequestEntry toSdk(PutEventsEntry entry) {
        return PutEventsRequestEntry.builder().source(entry.source()).detailType(entry.detailType())
                .eventBusName(entry.eventBusName()).detail(entry.detail()).build();
    }
}
