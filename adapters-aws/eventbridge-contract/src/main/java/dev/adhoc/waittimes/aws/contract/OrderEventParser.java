package dev.adhoc.waittimes.aws.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.adhoc.waittimes.aws.contract.ConsumedDetailTypes.Consumed;
import dev.adhoc.waittimes.core.domain.ClosingReason;
import dev.adhoc.waittimes.core.domain.CompletionMode;
import dev.adhoc.waittimes.core.domain.InvalidValueException;
import dev.adhoc.waittimes.core.domain.OrderEvent;
import dev.adhoc.waittimes.core.domain.Rejection;
import dev.adhoc.waittimes.core.domain.RejectionReason;
import org.mapstruct.factory.Mappers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns one EventBridge event (JSON) into a {@link ParseResult}: the core command it means, {@code Ignored} for
 * events the extension does not consume, or a {@link Rejection} with a typed reason — never an exception for bad
 * input. Thread-safe; build one per container.
 *
 * <p>Order of checks: size (before parsing), JSON syntax, {@code source} and {@code detail-type} (events of another
 * source or an unconsumed detail-type are ignored without looking further), then the envelope and the detail of a
 * consumed event. The {@code eventRef} of a rejection is the envelope {@code id} when it is a readable string, else
 * the position the caller gave (a line number, a request id).
 */
public final class OrderEventParser {
    private static final int MAX_REF_LENGTH = 128;

    private final ObjectMapper json;
    private final ConsumedDetailTypes consumed;
    private final OrderEventMapper mapper = Mappers.getMapper(OrderEventMapper.class);

    /**
     * @param json the contract's mapper ({@link ContractJson#newMapper()})
     * @param mode which events complete an order
     */
    public OrderEventParser(ObjectMapper json, CompletionMode mode) {
        this.json = Objects.requireNonNull(json, "json");
        this.consumed = new ConsumedDetailTypes(mode);
    }

    /** A parser with its own mapper. */
    public OrderEventParser(CompletionMode mode) {
        this(ContractJson.newMapper(), mode);
    }

    /** @return the detail-types this parser consumes, and as what */
    public ConsumedDetailTypes consumed() {
        return consumed;
    }

    /**
     * @param event    the event as JSON text
     * @param position where the input came from, the rejection's {@code eventRef} when the event has no readable id
     * @return what the event means
     */
    public ParseResult parse(String event, String position) {
        return parse(event.getBytes(StandardCharsets.UTF_8), position);
    }

    /**
     * @param event    the event as UTF-8 JSON
     * @param position where the input came from, the rejection's {@code eventRef} when the event has no readable id
     * @return what the event means
     */
    public ParseResult parse(byte[] event, String position) {
        Objects.requireNonNull(position, "position");
        if (event.length > ContractJson.MAX_EVENT_BYTES) {
            return rejected(RejectionReason.OVERSIZED, "event is larger than the bus limit of "
                    + ContractJson.MAX_EVENT_BYTES + " bytes", position);
        }
        JsonNode tree;
        try {
            tree = json.readTree(event);
        } catch (StreamConstraintsException e) {
            return rejected(RejectionReason.NOT_JSON, "JSON exceeds a parser limit (nesting deeper than "
                    + ContractJson.MAX_NESTING_DEPTH + " levels, or an oversized token)", position);
        } catch (JsonProcessingException e) {
            return rejected(RejectionReason.NOT_JSON, "not valid JSON: " + Excerpts.clean(e.getOriginalMessage()),
                    position);
        } catch (IOException e) {
            return rejected(RejectionReason.NOT_JSON, "not readable as JSON: " + Excerpts.clean(e.getMessage()),
                    position);
        }
        return parse(tree, position);
    }

    /**
     * @param event    the event as a parsed tree (already within the size limit)
     * @param position where the input came from, the rejection's {@code eventRef} when the event has no readable id
     * @return what the event means
     */
    public ParseResult parse(JsonNode event, String position) {
        Objects.requireNonNull(position, "position");
        if (event == null || !event.isObject()) {
            return rejected(RejectionReason.NOT_JSON, "event is not a JSON object", position);
        }
        String ref = eventRef(event.get("id"), position);
        Optional<ParseResult> unreadable = requireText(event, "source", ref)
                .or(() -> requireText(event, "detail-type", ref));
        if (unreadable.isPresent()) {
            return unreadable.get();
        }
        String detailType = event.get("detail-type").textValue();
        if (!ConsumedDetailTypes.SOURCE.equals(event.get("source").textValue())) {
            return new ParseResult.Ignored(detailType);
        }
        Optional<Consumed> kind = consumed.classify(detailType);
        if (kind.isEmpty()) {
            return new ParseResult.Ignored(detailType);
        }
        try {
            return new ParseResult.Parsed(map(event, kind.get()));
        } catch (InvalidValueException e) {
            return rejected(e.reason(), detailType + ": " + e.getMessage(), ref);
        } catch (MismatchedInputException e) {
            return rejected(RejectionReason.WRONG_TYPE, detailType + ": " + pathOf(e) + " must be "
                    + expected(e.getTargetType()), ref);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            // Not expected after the checks above; still a typed rejection, never a stack trace.
            return rejected(RejectionReason.WRONG_TYPE, detailType + ": " + Excerpts.clean(e.getMessage()), ref);
        }
    }

    private OrderEvent map(JsonNode event, Consumed kind) throws JsonProcessingException {
        EventEnvelope envelope = json.treeToValue(event, EventEnvelope.class);
        JsonNode detail = envelope.detail();
        if (detail == null || detail.isNull()) {
            throw new InvalidValueException(RejectionReason.MISSING_FIELD, "detail is missing");
        }
        if (!detail.isObject()) {
            throw new InvalidValueException(RejectionReason.WRONG_TYPE, "detail must be an object");
        }
        OrderEvent command = switch (kind.kind()) {
            case SUBMITTED -> mapper.submitted(envelope, detail(detail, WaitingCompletionDetail.class));
            case COMPLETED -> mapper.completed(envelope, detail(detail, OrderDetail.class));
            case CANCELLED -> mapper.closed(envelope, detail(detail, OrderDetail.class), ClosingReason.CANCELLED);
            case TIMED_OUT -> mapper.closed(envelope, detail(detail, OrderDetail.class), ClosingReason.TIMED_OUT);
        };
        kind.tenantInType().filter(t -> !t.equals(command.tenant().value())).ifPresent(t -> {
            throw new InvalidValueException(RejectionReason.INVALID_TENANT, "the detail-type names tenant "
                    + Excerpts.quote(t) + " but detail.eventId is " + Excerpts.quote(command.tenant().value()));
        });
        return command;
    }

    private <T> T detail(JsonNode detail, Class<T> type) throws JsonProcessingException {
        try {
            return json.treeToValue(detail, type);
        } catch (MismatchedInputException e) {
            e.prependPath(new JsonMappingException.Reference(EventEnvelope.class, "detail"));
            throw e;
        }
    }

    private static Optional<ParseResult> requireText(JsonNode event, String field, String ref) {
        JsonNode value = event.get(field);
        if (value == null || value.isNull()) {
            return Optional.of(rejected(RejectionReason.MISSING_FIELD, field + " is missing", ref));
        }
        if (!value.isTextual()) {
            return Optional.of(rejected(RejectionReason.WRONG_TYPE, field + " must be a string", ref));
        }
        return Optional.empty();
    }

    private static String eventRef(JsonNode id, String position) {
        if (id == null || !id.isTextual() || id.textValue().isBlank() || id.textValue().length() > MAX_REF_LENGTH
                || id.textValue().chars().anyMatch(Character::isISOControl)) {
            return position;
        }
        return id.textValue();
    }

    private static String pathOf(MismatchedInputException e) {
        String path = e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        return path.isEmpty() ? "the event" : path;
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "of another JSON type";
        }
        if (CharSequence.class.isAssignableFrom(type)) {
            return "a string";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        if (type.isRecord() || Map.class.isAssignableFrom(type)) {
            return "an object";
        }
        return "of another JSON type";
    }

    private static ParseResult rejected(RejectionReason reason, String message, String ref) {
        return new ParseResult.Rejected(new Rejection(reason, message, ref));
    }
}
