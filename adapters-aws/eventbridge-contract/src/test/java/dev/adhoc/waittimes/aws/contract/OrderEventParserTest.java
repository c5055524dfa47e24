package dev.adhoc.waittimes.aws.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.adhoc.waittimes.aws.contract.ConsumedDetailTypes.Kind;
import dev.adhoc.waittimes.core.domain.ClosingReason;
import dev.adhoc.waittimes.core.waittimes.CompletionMode;
import dev.adhoc.waittimes.core.domain.Drink;
import dev.adhoc.waittimes.core.domain.Occurrence;
import dev.adhoc.waittimes.core.domain.OrderClaimed;
import dev.adhoc.waittimes.core.domain.OrderClosed;
import dev.adhoc.waittimes.core.domain.OrderCompleted;
import dev.adhoc.waittimes.core.domain.OrderEvent;
import dev.adhoc.waittimes.core.domain.OrderId;
import dev.adhoc.waittimes.core.domain.OrderSubmitted;
import dev.adhoc.waittimes.core.domain.Rejection;
import dev.adhoc.waittimes.core.domain.RejectionReason;
import dev.adhoc.waittimes.core.domain.TenantId;
import dev.adhoc.waittimes.testsupport.EventFixtures;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class OrderEventParserTest {
    private static final TenantId NYC = new TenantId("NYC");
    private static final OrderId ORDER = new OrderId("2FfPFQXYTgGqsXVjWhhGhNVYCeZ");

    private final OrderEventParser completed = new OrderEventParser(CompletionMode.COMPLETED);
    private final OrderEventParser finished = new OrderEventParser(CompletionMode.FINISHED);

    private static OrderEventParser parser(CompletionMode mode) {
        return new OrderEventParser(mode);
    }

    private static OrderEvent parsed(ParseResult result) {
        assertThat(result).isInstanceOf(ParseResult.Parsed.class);
        return ((ParseResult.Parsed) result).event();
    }

    private static Rejection rejection(ParseResult result) {
        assertThat(result).isInstanceOf(ParseResult.Rejected.class);
        return ((ParseResult.Rejected) result).rejection();
    }

    /** @return the rejection of a fixture with one piece of its text replaced, from the completed-mode parser */
    private Rejection rejectedWith(String fixture, String text, String replacement) {
        return rejection(completed.parse(EventFixtures.text(fixture).replace(text, replacement), "line 1"));
    }

    private static Occurrence at(String time, String id) {
        return new Occurrence(Instant.parse(time), "0a1c5f4e-1f5b-4b61-9d6f-2f0e6c1f6a0" + id);
    }

    @Nested
    class ConsumedEvents {
        static Stream<Arguments> inBothModes() {
            return Stream.of(CompletionMode.values()).flatMap(mode -> Stream.of(
                    Arguments.of(mode, "waiting-completion.json", new OrderSubmitted(NYC, ORDER,
                            new Drink("Caffe Latte"), at("2022-10-14T12:54:09Z", "1"))),
                    Arguments.of(mode, "make-order.json",
                            new OrderClaimed(NYC, ORDER, at("2022-10-14T12:54:15Z", "9"))),
                    Arguments.of(mode, "order-state-completed.json",
                            new OrderCompleted(NYC, ORDER, at("2022-10-14T12:54:32Z", "2"))),
                    Arguments.of(mode, "order-completed.json",
                            new OrderCompleted(NYC, ORDER, at("2022-10-14T12:54:32Z", "3"))),
                    Arguments.of(mode, "order-state-cancelled.json", new OrderClosed(NYC, ORDER,
                            ClosingReason.CANCELLED, at("2022-10-14T12:55:00Z", "4"))),
                    Arguments.of(mode, "order-cancelled.json", new OrderClosed(NYC, ORDER,
                            ClosingReason.CANCELLED, at("2022-10-14T12:55:00Z", "5"))),
                    Arguments.of(mode, "order-timeout.json", new OrderClosed(NYC, ORDER,
                            ClosingReason.TIMED_OUT, at("2022-10-14T13:09:09Z", "6"))),
                    Arguments.of(mode, "order-state-completed-dashed-tenant.json", new OrderCompleted(
                            new TenantId("re-invent-2022"), ORDER, at("2022-10-14T12:54:32Z", "8")))));
        }

        @ParameterizedTest(name = "{0}: {1}")
        @MethodSource("inBothModes")
        void mapToTheCoreCommand(CompletionMode mode, String fixture, OrderEvent expected) {
            assertThat(parsed(parser(mode).parse(EventFixtures.bytes(fixture), "line 1"))).isEqualTo(expected);
        }

        @Test
        void orderFinishedCompletesAnOrderOnlyInFinishedMode() {
            assertThat(parsed(finished.parse(EventFixtures.bytes("order-finished.json"), "line 1")))
                    .isEqualTo(new OrderCompleted(NYC, ORDER, at("2022-10-14T12:54:33Z", "7")));
            assertThat(completed.parse(EventFixtures.bytes("order-finished.json"), "line 1"))
                    .isEqualTo(new ParseResult.Ignored("OrderProcessor.orderFinished"));
        }

        @Test
        void theSameEventParsesTheSameFromTextBytesAndTree() throws Exception {
            String text = EventFixtures.text("waiting-completion.json");
            ParseResult fromText = completed.parse(text, "line 1");
            assertThat(completed.parse(text.getBytes(StandardCharsets.UTF_8), "line 1")).isEqualTo(fromText);
            assertThat(completed.parse(ContractJson.newMapper().readTree(text), "line 1")).isEqualTo(fromText);
        }

        @Test
        void aTimeWithAnOffsetOrAFractionIsTheSameInstant() {
            String event = EventFixtures.text("waiting-completion.json")
                    .replace("2022-10-14T12:54:09Z", "2022-10-14T14:54:09.250+02:00");
            assertThat(parsed(completed.parse(event, "line 1")).occurrence().time())
                    .isEqualTo(Instant.parse("2022-10-14T12:54:09.250Z"));
        }

        @Test
        void anEventOfExactlyTheBusLimitIsParsed() {
            byte[] event = padded(ContractJson.MAX_EVENT_BYTES);
            assertThat(event).hasSize(ContractJson.MAX_EVENT_BYTES);
            assertThat(completed.parse(event, "line 1")).isInstanceOf(ParseResult.Parsed.class);
        }
    }

    @Nested
    class RawDetail {
        @Test
        void aParsedEventKeepsItsDetailWithTheFieldsTheContractDoesNotBind() {
            ParseResult.Parsed parsed = (ParseResult.Parsed) completed.parse(
                    EventFixtures.bytes("make-order.json"), "line 1");

            assertThat(parsed.detailType()).isEqualTo("OrderManager.MakeOrder");
            assertThat(parsed.detail().get("baristaUserId").textValue()).isEqualTo("2");
            assertThat(parsed.detail().get("orderId").textValue()).isEqualTo(ORDER.value());
        }

        @Test
        void theDetailIsTheWholeDetailObjectWithNestedValuesAndTheirJsonTypes() throws Exception {
            String text = EventFixtures.text("waiting-completion.json");
            ParseResult.Parsed parsed = (ParseResult.Parsed) completed.parse(text, "line 1");

            assertThat(parsed.detail()).isEqualTo(ContractJson.newMapper().readTree(text).get("detail"));
            assertThat(parsed.detail().get("orderNumber").isNumber()).isTrue();
            assertThat(parsed.detail().get("drinkOrder").get("modifiers").get(0).textValue()).isEqualTo("Whole milk");
        }

        @Test
        void theDetailOfAGivenTreeIsACopyTheCallerMayChange() throws Exception {
            JsonNode tree = ContractJson.newMapper().readTree(EventFixtures.text("order-timeout.json"));
            ParseResult.Parsed parsed = (ParseResult.Parsed) completed.parse(tree, "line 1");

            assertThat(parsed.detail()).isEqualTo(tree.get("detail"));
            ((com.fasterxml.jackson.databind.node.ObjectNode) parsed.detail()).put("cause", "changed");
            assertThat(tree.get("detail").get("cause").textValue()).isEqualTo("Barista timeout");
        }
    }

    @Nested
    class RegisteredDetailTypes {
        private static final String EVENT = "{\"version\":\"0\",\"id\":\"q-1\",\"detail-type\":\"%s\","
                + "\"source\":\"awsserverlessda.serverlesspresso\",\"time\":\"2022-10-14T12:54:09Z\","
                + "\"detail\":{\"orderId\":\"o-1\",\"eventId\":\"%s\",\"lane\":7}}";

        private static String event(String detailType, String tenant) {
            return EVENT.formatted(detailType, tenant);
        }

        @Test
        void anExtensionConsumesItsOwnExactDetailTypeAndReadsItsExtraFields() {
            OrderEventParser parser = new OrderEventParser(DetailTypeRegistry.defaults(CompletionMode.COMPLETED)
                    .toBuilder().register("Kiosk.OrderPickedUp", Kind.COMPLETED).build());

            ParseResult.Parsed parsed = (ParseResult.Parsed) parser.parse(event("Kiosk.OrderPickedUp", "NYC"), "l");

            assertThat(parsed.event()).isEqualTo(new OrderCompleted(NYC, new OrderId("o-1"),
                    new Occurrence(Instant.parse("2022-10-14T12:54:09Z"), "q-1")));
            assertThat(parsed.detail().get("lane").intValue()).isEqualTo(7);
            // the contract's own detail-types are still consumed
            assertThat(parsed(parser.parse(EventFixtures.bytes("make-order.json"), "l")))
                    .isInstanceOf(OrderClaimed.class);
        }

        @Test
        void aTenantPatternChecksTheTenantItNamesAgainstTheDetail() {
            OrderEventParser parser = new OrderEventParser(DetailTypeRegistry.builder()
                    .register("Kiosk.Lane<tenant>-CLAIMED", Kind.CLAIMED).build());

            assertThat(parsed(parser.parse(event("Kiosk.LaneNYC-CLAIMED", "NYC"), "l")))
                    .isInstanceOf(OrderClaimed.class);
            Rejection mismatch = rejection(parser.parse(event("Kiosk.LaneLDN-CLAIMED", "NYC"), "l"));
            assertThat(mismatch.reason()).isEqualTo(RejectionReason.INVALID_TENANT);
            assertThat(mismatch.message()).contains("names tenant \"LDN\"");
        }

        @Test
        void aParserWithOnlyItsOwnDetailTypesIgnoresTheContractsOthers() {
            OrderEventParser parser = new OrderEventParser(DetailTypeRegistry.builder()
                    .register("Kiosk.OrderPickedUp", Kind.COMPLETED).build());

            assertThat(parser.parse(EventFixtures.bytes("waiting-completion.json"), "l"))
                    .isEqualTo(new ParseResult.Ignored("OrderManager.WaitingCompletion"));
        }

        @Test
        void anUnregisteredDefaultIsIgnored() {
            OrderEventParser parser = new OrderEventParser(DetailTypeRegistry.defaults(CompletionMode.COMPLETED)
                    .toBuilder().unregister(ConsumedDetailTypes.MAKE_ORDER).build());

            assertThat(parser.parse(EventFixtures.bytes("make-order.json"), "l"))
                    .isEqualTo(new ParseResult.Ignored("OrderManager.MakeOrder"));
        }

        @ParameterizedTest
        @EnumSource(Kind.class)
        void eachKindBecomesItsCoreEvent(Kind kind) {
            OrderEventParser parser = new OrderEventParser(DetailTypeRegistry.builder()
                    .register("Kiosk.Event", kind).build());
            String text = kind == Kind.SUBMITTED
                    ? event("Kiosk.Event", "NYC").replace("\"lane\":7", "\"drinkOrder\":{\"drink\":\"Mocha\"}")
                    : event("Kiosk.Event", "NYC");

            OrderEvent event = parsed(parser.parse(text, "l"));

            assertThat(event.getClass().getSimpleName()).isEqualTo(switch (kind) {
                case SUBMITTED -> "OrderSubmitted";
                case CLAIMED -> "OrderClaimed";
                case COMPLETED -> "OrderCompleted";
                case CANCELLED, TIMED_OUT -> "OrderClosed";
            });
            if (event instanceof OrderClosed closed) {
                assertThat(closed.reason()).isEqualTo(kind == Kind.CANCELLED
                        ? ClosingReason.CANCELLED : ClosingReason.TIMED_OUT);
            }
        }

        @Test
        void aClaimWithoutAnOrderIdIsRejectedLikeTheOtherConsumedEvents() {
            Rejection rejection = rejectedWith("make-order.json", "\"orderId\": \"2FfPFQXYTgGqsXVjWhhGhNVYCeZ\",", "");
            assertThat(rejection.reason()).isEqualTo(RejectionReason.MISSING_FIELD);
            assertThat(rejection.message()).startsWith("OrderManager.MakeOrder: ");
        }
    }

    @Nested
    class IgnoredEvents {
        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource(textBlock = """
                ignored-validator-new-order.json,             Validator.NewOrder
                ignored-workflow-started.json,                OrderProcessor.WorkflowStarted
                ignored-processor-waiting-completion.json,    OrderProcessor.WaitingCompletion
                ignored-drink-average-time.json,              OrderManager.DrinkAverageTime
                ignored-config-service.json,                  ConfigService.ConfigChanged
                ignored-other-source.json,                    OrderManager.WaitingCompletion
                """)
        void areIgnoredQuietlyInEitherMode(String fixture, String detailType) {
            for (CompletionMode mode : CompletionMode.values()) {
                assertThat(parser(mode).parse(EventFixtures.bytes(fixture), "line 1")).as(mode.name())
                        .isEqualTo(new ParseResult.Ignored(detailType));
            }
        }

        @Test
        void anIgnoredEventIsNotValidatedFurther() {
            String broken = "{\"detail-type\":\"Robot.FulfillOrder\",\"source\":\"awsserverlessda.serverlesspresso\","
                    + "\"time\":\"yesterday\",\"detail\":42}";
            assertThat(completed.parse(broken, "line 1")).isEqualTo(new ParseResult.Ignored("Robot.FulfillOrder"));
        }
    }

    @Nested
    class RejectedEvents {
        private static final String BASE_ID = "2c1c5f4e-0000-4b61-9d6f-2f0e6c1f6a01";

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', textBlock = """
                rejected-not-json.txt                  | NOT_JSON        | line 7  | not valid JSON
                rejected-trailing-garbage.json         | NOT_JSON        | line 7  | not valid JSON
                rejected-array.json                    | NOT_JSON        | line 7  | not a JSON object
                rejected-duplicate-keys.json           | NOT_JSON        | line 7  | Duplicate field 'orderId'
                rejected-missing-order-id.json         | MISSING_FIELD   | BASE_ID | orderId is missing
                rejected-blank-event-id.json           | MISSING_FIELD   | BASE_ID | tenant (eventId) is missing
                rejected-missing-drink.json            | MISSING_FIELD   | BASE_ID | drink is missing
                rejected-missing-drink-order.json      | MISSING_FIELD   | BASE_ID | drink is missing
                rejected-missing-time.json             | MISSING_FIELD   | BASE_ID | time is missing
                rejected-missing-id.json               | MISSING_FIELD   | line 7  | id is missing
                rejected-missing-detail.json           | MISSING_FIELD   | BASE_ID | detail is missing
                rejected-missing-detail-type.json      | MISSING_FIELD   | BASE_ID | detail-type is missing
                rejected-order-id-number.json          | WRONG_TYPE      | BASE_ID | detail.orderId must be a string
                rejected-order-id-array.json           | WRONG_TYPE      | BASE_ID | detail.orderId must be a string
                rejected-detail-string.json            | WRONG_TYPE      | BASE_ID | detail must be an object
                rejected-drink-order-string.json       | WRONG_TYPE      | BASE_ID | detail.drinkOrder must be an object
                rejected-detail-type-number.json       | WRONG_TYPE      | BASE_ID | detail-type must be a string
                rejected-unparsable-time.json          | UNPARSABLE_TIME | BASE_ID | "14/10/2022 12:54"
                rejected-tenant-mismatch.json          | INVALID_TENANT  | 2c1c5f4e-0000-4b61-9d6f-2f0e6c1f6a02 | names tenant "NYC" but detail.eventId is "LDN"
                rejected-tenant-bad-format.json        | INVALID_TENANT  | BASE_ID | tenant (eventId) must be
                rejected-drink-control-character.json  | INVALID_VALUE   | BASE_ID | drink contains a control character
                rejected-order-id-too-long.json        | INVALID_VALUE   | BASE_ID | orderId is longer than 128
                """)
        void haveATypedReason(String fixture, RejectionReason reason, String ref, String message) {
            Rejection rejection = rejection(completed.parse(EventFixtures.bytes(fixture), "line 7"));
            assertThat(rejection.reason()).isEqualTo(reason);
            assertThat(rejection.eventRef()).isEqualTo(ref.equals("BASE_ID") ? BASE_ID : ref);
            assertThat(rejection.message()).contains(message);
        }

        @Test
        void anOversizedEventIsRejectedBeforeParsing() {
            byte[] event = padded(ContractJson.MAX_EVENT_BYTES + 1);
            Rejection rejection = rejection(completed.parse(event, "line 3"));
            assertThat(rejection.reason()).isEqualTo(RejectionReason.OVERSIZED);
            // Not parsed, so the envelope id is not known: the position names the input.
            assertThat(rejection.eventRef()).isEqualTo("line 3");
        }

        @ParameterizedTest
        @ValueSource(ints = {ContractJson.MAX_NESTING_DEPTH + 1, 100_000})
        void deepNestingIsRejectedWithoutCrashing(int depth) {
            String deep = "[".repeat(depth) + "]".repeat(depth);
            String event = EventFixtures.text("waiting-completion.json").replace("\"resources\": []", "\"resources\": " + deep);
            Rejection rejection = rejection(completed.parse(event, "line 3"));
            assertThat(rejection.reason()).isEqualTo(RejectionReason.NOT_JSON);
            assertThat(rejection.message()).contains("nesting");
        }

        @Test
        void aTruncatedEventIsNotJsonWithItsLocationAndWithoutTheParsersRedactedSource() {
            Rejection rejection = rejection(completed.parse("{\"a\":", "line 4"));
            assertThat(rejection.reason()).isEqualTo(RejectionReason.NOT_JSON);
            rejection = rejection(completed.parse("{\"a\":1", "line 4"));
            assertThat(rejection.message()).contains("line: 1, column: 1").doesNotContain("REDACTED", "StreamReadFeature");
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "   ", "\"a string\"", "42", "null", "true"})
        void inputThatIsNotAJsonObjectIsNotJson(String input) {
            Rejection rejection = rejection(completed.parse(input, "line 2"));
            assertThat(rejection.reason()).isEqualTo(RejectionReason.NOT_JSON);
            assertThat(rejection.eventRef()).isEqualTo("line 2");
        }

        @Test
        void aTreeThatIsNotAnObjectIsNotJson() {
            assertThat(rejection(completed.parse(JsonNodeFactory.instance.arrayNode(), "line 2")).reason())
                    .isEqualTo(RejectionReason.NOT_JSON);
        }

        @ParameterizedTest
        @ValueSource(strings = {"12345", "\"\"", "\"   \"", "[\"a\"]"})
        void anUnreadableEnvelopeIdLeavesThePositionAsReference(String id) {
            String event = EventFixtures.text("rejected-missing-order-id.json")
                    .replace("\"" + BASE_ID + "\"", id);
            assertThat(rejection(completed.parse(event, "line 9")).eventRef()).isEqualTo("line 9");
        }

        @Test
        void aNumericTimeIsTheWrongType() {
            Rejection rejection = rejectedWith("waiting-completion.json", "\"2022-10-14T12:54:09Z\"", "1665751949");
            assertThat(rejection.reason()).isEqualTo(RejectionReason.WRONG_TYPE);
            assertThat(rejection.message()).contains("time must be a string");
        }

        @Test
        void aTimeWithoutZoneIsUnparsable() {
            assertThat(rejectedWith("waiting-completion.json", "2022-10-14T12:54:09Z", "2022-10-14T12:54:09").reason())
                    .isEqualTo(RejectionReason.UNPARSABLE_TIME);
        }

        @ParameterizedTest
        @EnumSource(CompletionMode.class)
        void aMissingSourceIsAMissingField(CompletionMode mode) {
            String event = EventFixtures.text("waiting-completion.json")
                    .replace("\"source\": \"awsserverlessda.serverlesspresso\",", "");
            assertThat(rejection(parser(mode).parse(event, "line 1")).reason()).isEqualTo(RejectionReason.MISSING_FIELD);
        }

        @Test
        void controlCharactersInAValueAreNotEchoedRaw() {
            Rejection rejection = rejectedWith("rejected-unparsable-time.json", "14/10/2022 12:54", "\\u0000bad");
            assertThat(rejection.reason()).isEqualTo(RejectionReason.UNPARSABLE_TIME);
            assertThat(rejection.message()).doesNotContain("\u0000").contains("\\u0000bad");
        }
    }

    /** A valid submission padded with an ignored field to exactly {@code size} bytes. */
    static byte[] padded(int size) {
        String event = EventFixtures.text("waiting-completion.json");
        String withEmptyPad = event.replace("\"version\": \"0\",", "\"version\": \"0\", \"pad\": \"\",");
        int missing = size - withEmptyPad.getBytes(StandardCharsets.UTF_8).length;
        return withEmptyPad.replace("\"pad\": \"\"", "\"pad\": \"" + "x".repeat(missing) + "\"")
                .getBytes(StandardCharsets.UTF_8);
    }
}
