package dev.adhoc.waittimes.aws.contract;

import dev.adhoc.waittimes.core.domain.ClosingReason;
import dev.adhoc.waittimes.core.domain.Drink;
import dev.adhoc.waittimes.core.domain.InvalidValueException;
import dev.adhoc.waittimes.core.domain.Occurrence;
import dev.adhoc.waittimes.core.domain.OrderClaimed;
import dev.adhoc.waittimes.core.domain.OrderClosed;
import dev.adhoc.waittimes.core.domain.OrderCompleted;
import dev.adhoc.waittimes.core.domain.OrderId;
import dev.adhoc.waittimes.core.domain.OrderSubmitted;
import dev.adhoc.waittimes.core.domain.RejectionReason;
import dev.adhoc.waittimes.core.domain.TenantId;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Maps the bus records to core commands (MapStruct generates the implementation). The tenant is
 * {@code detail.eventId}; the {@link Occurrence} is the envelope's {@code time} and {@code id}. A missing or unusable
 * value throws core's {@link InvalidValueException}, whose reason becomes the rejection's.
 */
@Mapper(unmappedTargetPolicy = ReportingPolicy.ERROR)
public interface OrderEventMapper {
    /**
     * The mappings every command shares: the tenant is {@code detail.eventId}, the order {@code detail.orderId}, the
     * occurrence the envelope's {@code time} and {@code id} (MapStruct's mapping composition).
     */
    @Retention(RetentionPolicy.CLASS)
    @Target(ElementType.METHOD)
    @Mapping(target = "tenant", source = "detail.eventId")
    @Mapping(target = "orderId", source = "detail.orderId")
    @Mapping(target = "occurrence", source = "envelope")
    @interface OrderOfTheEvent {
    }

    /** @return the submission an {@code OrderManager.WaitingCompletion} event says */
    @OrderOfTheEvent
    @Mapping(target = "drink", source = "detail.drinkOrder.drink")
    OrderSubmitted submitted(EventEnvelope envelope, WaitingCompletionDetail detail);

    /** @return the claim an {@code OrderManager.MakeOrder} event says */
    @OrderOfTheEvent
    OrderClaimed claimed(EventEnvelope envelope, OrderDetail detail);

    /** @return the completion a completion event says */
    @OrderOfTheEvent
    OrderCompleted completed(EventEnvelope envelope, OrderDetail detail);

    /** @return the closing a cancellation or time-out says */
    @OrderOfTheEvent
    @Mapping(target = "reason", source = "reason")
    OrderClosed closed(EventEnvelope envelope, OrderDetail detail, ClosingReason reason);

    /** @return the tenant named by {@code detail.eventId} */
    default TenantId tenant(String eventId) {
        return new TenantId(eventId);
    }

    /** @return the order named by {@code detail.orderId} */
    default OrderId orderId(String orderId) {
        return new OrderId(orderId);
    }

    /** @return the drink named by {@code detail.drinkOrder.drink} */
    default Drink drink(String name) {
        return new Drink(name);
    }

    /**
     * @return the envelope's {@code time} and {@code id}
     * @throws InvalidValueException MISSING_FIELD if either is absent, UNPARSABLE_TIME if the time is not ISO-8601
     */
    default Occurrence occurrence(EventEnvelope envelope) {
        if (envelope.id() == null || envelope.id().isBlank()) {
            throw new InvalidValueException(RejectionReason.MISSING_FIELD, "id is missing or blank");
        }
        if (envelope.time() == null || envelope.time().isBlank()) {
            throw new InvalidValueException(RejectionReason.MISSING_FIELD, "time is missing or blank");
        }
        try {
            // ISO_INSTANT: 'Z' or an offset, optional fraction; a time without zone is ambiguous and rejected, and so
            // is a leap second (EventBridge never writes one; the catalog's date-time format refuses it).
            java.time.temporal.TemporalAccessor parsed = java.time.format.DateTimeFormatter.ISO_INSTANT
                    .parse(envelope.time());
            if (Boolean.TRUE.equals(parsed.query(java.time.format.DateTimeFormatter.parsedLeapSecond()))) {
                throw new DateTimeParseException("leap second", envelope.time(), 0);
            }
            return new Occurrence(Instant.from(parsed), envelope.id());
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(RejectionReason.UNPARSABLE_TIME,
                    "time is not an ISO-8601 instant: " + Excerpts.quote(envelope.time()));
        }
    }
}
