package dev.adhoc.waittimes.acceptance.drivers;

import dev.adhoc.waittimes.acceptance.dsl.BusEvent;
import dev.adhoc.waittimes.acceptance.dsl.ObservedRejection;
import dev.adhoc.waittimes.acceptance.dsl.ObservedWaitTime;
import dev.adhoc.waittimes.acceptance.dsl.WaitTimesDriver;
import dev.adhoc.waittimes.core.domain.ClosingReason;
import dev.adhoc.waittimes.core.waittimes.CompletionMode;
import dev.adhoc.waittimes.core.domain.Drink;
import dev.adhoc.waittimes.core.domain.InvalidValueException;
import dev.adhoc.waittimes.core.domain.Occurrence;
import dev.adhoc.waittimes.core.domain.OrderClosed;
import dev.adhoc.waittimes.core.domain.OrderCompleted;
import dev.adhoc.waittimes.core.domain.OrderEvent;
import dev.adhoc.waittimes.core.domain.OrderId;
import dev.adhoc.waittimes.core.domain.OrderSubmitted;
import dev.adhoc.waittimes.core.domain.Rejection;
import dev.adhoc.waittimes.core.domain.RejectionReason;
import dev.adhoc.waittimes.core.domain.TenantId;
import dev.adhoc.waittimes.core.waittimes.WaitTimeSettings;
import dev.adhoc.waittimes.core.waittimes.WaitTimeUpdate;
import dev.adhoc.waittimes.inmemory.InMemoryWaitTimes;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * Drives core directly with commands over the in-memory adapters: the fastest driver, and the reference the
 * others must match. The bus-to-command mapping here is the smallest one that honours the contract's table.
 */
public final class InMemoryDriver implements WaitTimesDriver {
    /** The scenarios' day; record expiry is dated from it. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T00:00:00Z"), ZoneOffset.UTC);

    private InMemoryWaitTimes extension;
    private CompletionMode mode;

    @Override
    public void start(WaitTimeSettings settings) {
        extension = InMemoryWaitTimes.create(settings, CLOCK);
        mode = settings.completionMode();
    }

    @Override
    public void deliver(BusEvent event) {
        try {
            toCommand(event).ifPresent(extension.service()::record);
        } catch (InvalidValueException e) {
            extension.service().reject(new Rejection(e.reason(), e.getMessage(), event.id()));
        } catch (DateTimeParseException e) {
            extension.service().reject(new Rejection(RejectionReason.UNPARSABLE_TIME,
                    "time is not an ISO-8601 instant: " + event.time(), event.id()));
        }
    }

    private Optional<OrderEvent> toCommand(BusEvent e) {
        if (e.kind() == BusEvent.Kind.NOISE || (e.kind() == BusEvent.Kind.FINISHED && mode != CompletionMode.FINISHED)) {
            return Optional.empty();
        }
        TenantId tenant = new TenantId(e.tenant());
        OrderId order = new OrderId(e.orderId());
        if (e.time() == null) {
            throw new InvalidValueException(RejectionReason.MISSING_FIELD, "time is missing");
        }
        Occurrence at = new Occurrence(Instant.parse(e.time()), e.id());
        return Optional.of(switch (e.kind()) {
            case SUBMITTED -> new OrderSubmitted(tenant, order, new Drink(e.drink()), at);
            case COMPLETED, COMPLETED_LEGACY, FINISHED -> new OrderCompleted(tenant, order, at);
            case CANCELLED, CANCELLED_LEGACY -> new OrderClosed(tenant, order, ClosingReason.CANCELLED, at);
            case TIMED_OUT -> new OrderClosed(tenant, order, ClosingReason.TIMED_OUT, at);
            case NOISE -> throw new IllegalStateException("noise is ignored above");
        });
    }

    @Override
    public List<ObservedWaitTime> updates() {
        return extension.updates().history().stream().map(InMemoryDriver::observe).toList();
    }

    @Override
    public List<ObservedRejection> rejections() {
        return extension.rejections().recent().stream()
                .map(r -> new ObservedRejection(r.id(), r.reason().name(), r.message(), r.eventRef())).toList();
    }

    /** @return the extension under test, for tests that look inside (bounded memory) */
    public InMemoryWaitTimes extension() {
        return extension;
    }

    static ObservedWaitTime observe(WaitTimeUpdate u) {
        return new ObservedWaitTime(u.key().tenant().value(), u.key().drink().name(), seconds(u.figures().average()),
                seconds(u.figures().p50()), seconds(u.figures().p90()), u.figures().sampleSize(), u.windowSize(),
                u.updateId());
    }

    private static BigDecimal seconds(Duration d) {
        return BigDecimal.valueOf(d.toMillis(), 3);
    }

    @Override
    public void close() {
        extension = null;
    }
}
