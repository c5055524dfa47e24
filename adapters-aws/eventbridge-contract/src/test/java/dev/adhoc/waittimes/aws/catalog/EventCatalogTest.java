package dev.adhoc.waittimes.aws.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.adhoc.waittimes.aws.catalog.Validation.Outcome;
import dev.adhoc.waittimes.aws.contract.ContractJson;
import dev.adhoc.waittimes.core.domain.RejectionReason;
import org.assertj.core.api.AbstractListAssert;
import org.assertj.core.api.ObjectAssert;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

/** Picking an event's schema and validating hand-written invalid events, with the errors and reasons expected. */
class EventCatalogTest {
    private static final EventCatalog CATALOG = EventCatalog.load();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BUS = "awsserverlessda.serverlesspresso";

    /** @return a fresh copy of the first example of the schema titled so */
    private static ObjectNode example(String title) {
        return CATALOG.entries().stream().filter(e -> e.title().equals(title)).findFirst().orElseThrow()
                .examples().get(0).deepCopy();
    }

    /** @return an assertion on the event's violations as (path, keyword, reason) */
    private static AbstractListAssert<?, List<? extends Tuple>, Tuple, ObjectAssert<Tuple>> assertThatViolationsOf(
            ObjectNode event) {
        return assertThat(CATALOG.validate(event).violations())
                .extracting(Violation::path, Violation::keyword, Violation::reason);
    }

    private static ObjectNode detail(ObjectNode event) {
        return (ObjectNode) event.get("detail");
    }

    @Test
    void picksTheSchemaByDetailTypeIncludingTheTenantFamilies() {
        assertThat(CATALOG.entryFor(BUS, "OrderManager.WaitingCompletion")).get()
                .extracting(CatalogEntry::role).isEqualTo(EventRole.CONSUMED);
        assertThat(CATALOG.entryFor(BUS, "OrderManager.Orderre.invent-COMPLETED")).get()
                .extracting(CatalogEntry::title).isEqualTo("OrderManager.Order<eventId>-COMPLETED");
        assertThat(CATALOG.entryFor(BUS, "OrderManager.OrderNYC-CANCELLED")).get()
                .extracting(CatalogEntry::title).isEqualTo("OrderManager.Order<eventId>-CANCELLED");
        assertThat(CATALOG.entryFor(BUS, "OrderManager.OrderCompleted")).get()
                .extracting(CatalogEntry::title).isEqualTo("OrderManager.OrderCompleted");
        assertThat(CATALOG.entryFor(BUS, "OrderManager.MakeOrder")).get()
                .extracting(CatalogEntry::role).isEqualTo(EventRole.CONSUMED);
        assertThat(CATALOG.entryFor(BUS, "OrderProcessor.WorkflowStarted")).get()
                .extracting(CatalogEntry::role).isEqualTo(EventRole.KNOWN);
        assertThat(CATALOG.entryFor(BUS, "OrderManager.DrinkAverageTime")).get()
                .extracting(CatalogEntry::role).isEqualTo(EventRole.EMITTED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ConfigService.ConfigChanged", "Robot.FulfillOrder", "OrderManager.Order-COMPLETED",
            "OrderManager.OrderN Y C-COMPLETED", "OrderManager.OrderNYC-COMPLETED.v2", "orderManager.WaitingCompletion"})
    void otherDetailTypesAreNotInTheCatalogAndNotAnError(String detailType) {
        ObjectNode event = example("OrderManager.MakeOrder");
        event.put("detail-type", detailType);

        Validation validation = CATALOG.validate(event.toString());

        assertThat(validation.outcome()).isEqualTo(Outcome.NOT_IN_CATALOG);
        assertThat(validation.isValid()).isTrue();
        assertThat(validation.isValidAndKnown()).isFalse();
        assertThat(validation.violations()).isEmpty();
    }

    @Test
    void eventsOfAnotherSourceAreNotInTheCatalog() {
        ObjectNode event = example("OrderManager.WaitingCompletion");
        event.put("source", "com.example.other");

        assertThat(CATALOG.validate(event).outcome()).isEqualTo(Outcome.NOT_IN_CATALOG);
    }

    @Test
    void aValidEventNamesItsSchema() {
        Validation validation = CATALOG.validate(example("OrderManager.WaitingCompletion").toString());

        assertThat(validation.outcome()).isEqualTo(Outcome.VALID);
        assertThat(validation.describe()).isEqualTo("valid OrderManager.WaitingCompletion v1");
    }

    @Test
    void extraFieldsAreAllowedEverywhere() {
        ObjectNode event = example("OrderManager.WaitingCompletion");
        event.put("replay-name", "archive-1");
        detail(event).put("newFieldOfTheCoreApp", true);
        ((ObjectNode) detail(event).get("drinkOrder")).put("size", "large");

        assertThat(CATALOG.validate(event).isValidAndKnown()).isTrue();
    }

    @Test
    void fieldsTheExtensionDoesNotReadAreOptional() {
        ObjectNode event = example("OrderManager.WaitingCompletion");
        detail(event).retain("orderId", "eventId", "drinkOrder");
        ((ObjectNode) detail(event).get("drinkOrder")).retain("drink");
        event.retain("id", "detail-type", "source", "time", "detail");

        assertThat(CATALOG.validate(event).isValidAndKnown()).isTrue();
    }

    @Test
    void aMissingFieldTheExtensionReadsIsMissingField() {
        ObjectNode event = example("OrderManager.WaitingCompletion");
        detail(event).remove("orderId");
        ((ObjectNode) detail(event).get("drinkOrder")).remove("drink");
        event.remove("id");

        assertThatViolationsOf(event)
                .containsExactlyInAnyOrder(
                        tuple("/id", "required", RejectionReason.MISSING_FIELD),
                        tuple("/detail/orderId", "required", RejectionReason.MISSING_FIELD),
                        tuple("/detail/drinkOrder/drink", "required", RejectionReason.MISSING_FIELD));
    }

    @Test
    void aBlankValueCountsAsMissing() {
        ObjectNode event = example("OrderManager.Order<eventId>-COMPLETED");
        detail(event).put("orderId", "  ");
        event.put("id", "");

        assertThat(CATALOG.validate(event).violations())
                .extracting(Violation::path, Violation::reason)
                .containsExactlyInAnyOrder(
                        tuple("/detail/orderId", RejectionReason.MISSING_FIELD),
                        tuple("/id", RejectionReason.MISSING_FIELD));
    }

    @Test
    void aBlankTenantIsMissingAndNotOfTheTenantFormat() {
        ObjectNode event = example("OrderProcessor.OrderTimeOut");
        detail(event).put("eventId", "");

        assertThat(CATALOG.validate(event).reasons())
                .containsExactlyInAnyOrder(RejectionReason.MISSING_FIELD, RejectionReason.INVALID_TENANT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"N Y C", "-NYC", ".hidden", "NYC/../other", "caf\u00e9",
            "a23456789012345678901234567890123456789012345678901234567890123456"})
    void aTenantOfAnotherFormatIsInvalidTenant(String tenant) {
        ObjectNode event = example("OrderManager.Order<eventId>-CANCELLED");
        detail(event).put("eventId", tenant);

        Validation validation = CATALOG.validate(event);

        assertThat(validation.violations()).extracting(Violation::path, Violation::keyword, Violation::reason)
                .containsExactly(tuple("/detail/eventId", "pattern", RejectionReason.INVALID_TENANT));
    }

    @Test
    void aWrongJsonTypeIsWrongType() {
        ObjectNode event = example("OrderManager.WaitingCompletion");
        detail(event).put("orderId", 42);
        detail(event).put("drinkOrder", "Caffe Latte");

        assertThatViolationsOf(event)
                .containsExactlyInAnyOrder(
                        tuple("/detail/orderId", "type", RejectionReason.WRONG_TYPE),
                        tuple("/detail/drinkOrder", "type", RejectionReason.WRONG_TYPE));
    }

    @Test
    void aDetailThatIsNotAnObjectIsWrongTypeOnce() {
        ObjectNode event = example("OrderManager.OrderCompleted");
        event.putArray("detail");

        assertThatViolationsOf(event)
                .containsExactly(tuple("/detail", "type", RejectionReason.WRONG_TYPE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "2022-10-14 12:54:09", "2022-10-14T12:54:09", "2022-13-14T12:54:09Z",
            "2022-10-14T25:54:09Z", "1665752049"})
    void anUnparsableTimeIsUnparsableTime(String time) {
        ObjectNode event = example("OrderManager.WaitingCompletion");
        event.put("time", time);

        assertThatViolationsOf(event)
                .containsExactly(tuple("/time", "format", RejectionReason.UNPARSABLE_TIME));
    }

    @Test
    void aTimeWithAnOffsetOrFractionIsAccepted() {
        ObjectNode event = example("OrderManager.WaitingCompletion");
        event.put("time", "2022-10-14T14:54:09.250+02:00");

        assertThat(CATALOG.validate(event).isValidAndKnown()).isTrue();
    }

    @Test
    void unusableValuesAreInvalidValue() {
        ObjectNode event = example("OrderManager.WaitingCompletion");
        detail(event).put("orderId", "a".repeat(129));
        ((ObjectNode) detail(event).get("drinkOrder")).put("drink", "Caffe\nLatte");

        assertThatViolationsOf(event)
                .containsExactlyInAnyOrder(
                        tuple("/detail/orderId", "maxLength", RejectionReason.INVALID_VALUE),
                        tuple("/detail/drinkOrder/drink", "pattern", RejectionReason.INVALID_VALUE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not json", "{\"id\":", "[]", "\"event\"", "null", "{} {}", "{\"a\":1} trailing"})
    void inputThatIsNotOneJsonObjectIsNotJson(String input) {
        Validation validation = CATALOG.validate(input);

        assertThat(validation.outcome()).isEqualTo(Outcome.INVALID);
        assertThat(validation.violations()).extracting(Violation::path, Violation::keyword, Violation::reason)
                .containsExactly(tuple("", "json", RejectionReason.NOT_JSON));
    }

    @Test
    void inputAboveTheBusLimitIsOversized() {
        ObjectNode event = example("OrderManager.WaitingCompletion");
        detail(event).put("padding", "x".repeat(ContractJson.MAX_EVENT_BYTES));

        assertThat(CATALOG.validate(event.toString()).reasons()).containsExactly(RejectionReason.OVERSIZED);
    }

    @Test
    void anEventAtTheBusLimitIsJudgedByItsSchema() {
        ObjectNode event = example("OrderManager.WaitingCompletion");
        detail(event).put("padding", "");
        int room = ContractJson.MAX_EVENT_BYTES - event.toString().length();
        detail(event).put("padding", "x".repeat(room));

        assertThat(event.toString()).hasSize(ContractJson.MAX_EVENT_BYTES);
        assertThat(CATALOG.validate(event.toString()).isValidAndKnown()).isTrue();
    }

    @Test
    void anEventWithoutDetailTypeOrSourceIsJudgedByTheEnvelope() {
        ObjectNode event = example("OrderManager.WaitingCompletion");
        event.remove("detail-type");
        event.put("source", 7);

        Validation validation = CATALOG.validate(event);

        assertThat(validation.outcome()).isEqualTo(Outcome.INVALID);
        assertThat(validation.schema()).isEmpty();
        assertThat(validation.violations()).extracting(Violation::path, Violation::reason)
                .contains(tuple("/detail-type", RejectionReason.MISSING_FIELD), tuple("/source", RejectionReason.WRONG_TYPE));
    }

    @Test
    void describeListsEveryViolationOnItsOwnLineOrderedByPath() {
        ObjectNode event = example("OrderManager.OrderCancelled");
        detail(event).remove("orderId");
        event.put("time", "soon");

        assertThat(CATALOG.validate(event).describe()).isEqualTo("""
                invalid OrderManager.OrderCancelled v1
                  /detail/orderId: required property 'orderId' not found [required, MISSING_FIELD]
                  /time: does not match the date-time pattern must be a valid RFC 3339 date-time [format, UNPARSABLE_TIME]""");
    }

    @Test
    void aDetailToEmitIsValidatedWithoutAnEnvelope() throws Exception {
        JsonNode detail = example("OrderManager.DrinkAverageTime").get("detail");

        Validation validation = CATALOG.validateDetail(BUS, "OrderManager.DrinkAverageTime", JSON.writeValueAsString(detail));

        assertThat(validation.isValidAndKnown()).isTrue();
    }

    @Test
    void theEmittedDetailAsTheReferenceExtensionSentItLacksTheNewRequiredFields() {
        Validation validation = CATALOG.validateDetail(BUS, "OrderManager.DrinkAverageTime",
                "{\"drink\": \"Caffe Latte\", \"duration\": 23.4, \"eventId\": \"NYC\"}");

        assertThat(validation.violations()).extracting(Violation::path).containsExactlyInAnyOrder(
                "/detail/sampleSize", "/detail/windowSize", "/detail/p50", "/detail/p90", "/detail/updateId",
                "/detail/schemaVersion");
    }

    @Test
    void anEmptiedWindowHasZeroFiguresAndNoAsOf() {
        ObjectNode detail = (ObjectNode) example("OrderManager.DrinkAverageTime").get("detail");
        detail.put("duration", 0).put("p50", 0).put("p90", 0).put("sampleSize", 0).putNull("asOf");

        assertThat(CATALOG.validateDetail(BUS, "OrderManager.DrinkAverageTime", detail.toString()).isValidAndKnown())
                .isTrue();
        detail.remove("asOf");
        assertThat(CATALOG.validateDetail(BUS, "OrderManager.DrinkAverageTime", detail.toString()).isValidAndKnown())
                .isTrue();
    }

    @Test
    void anEmittedDetailBreakingItsRulesNamesEachField() {
        ObjectNode detail = (ObjectNode) example("OrderManager.DrinkAverageTime").get("detail");
        detail.put("duration", 23.4567).put("p90", -1).put("windowSize", 0).put("sampleSize", 2.5)
                .put("updateId", "9F86D081884C7D659A2FEAA0C55AD015").put("schemaVersion", "3").put("p50Ms", 21000.5)
                .put("asOf", "2022-10-14").put("drink", "Caffe\u0007Latte");
        detail.put("duration", "23.4");

        Validation validation = CATALOG.validateDetail(BUS, "OrderManager.DrinkAverageTime", detail.toString());

        assertThat(validation.violations()).extracting(Violation::path, Violation::keyword).containsExactlyInAnyOrder(
                tuple("/detail/duration", "type"),
                tuple("/detail/p90", "minimum"),
                tuple("/detail/windowSize", "minimum"),
                tuple("/detail/sampleSize", "type"),
                tuple("/detail/p50Ms", "type"),
                tuple("/detail/updateId", "pattern"),
                tuple("/detail/schemaVersion", "enum"),
                tuple("/detail/asOf", "format"),
                tuple("/detail/drink", "pattern"));
    }

    @Test
    void secondsArePlainNumbersForEveryValidatorAndMillisecondsAreIntegers() {
        ObjectNode detail = (ObjectNode) example("OrderManager.DrinkAverageTime").get("detail");
        // the precision of seconds is stated in words: a validator's binary floating point cannot check it
        detail.put("duration", 0.001).put("p50", 899.999).put("p90", 123.4565).put("durationMs", 1).put("p50Ms", 899_999)
                .put("p90Ms", -1);

        assertThat(CATALOG.validateDetail(BUS, "OrderManager.DrinkAverageTime", detail.toString()).violations())
                .extracting(Violation::path, Violation::keyword)
                .containsExactly(tuple("/detail/p90Ms", "minimum"));
    }

    @Test
    void aVersion1DetailWithoutMillisecondsIsStillValid() {
        ObjectNode detail = (ObjectNode) example("OrderManager.DrinkAverageTime").get("detail");
        detail.remove(List.of("durationMs", "p50Ms", "p90Ms"));
        detail.put("schemaVersion", "1");

        assertThat(CATALOG.validateDetail(BUS, "OrderManager.DrinkAverageTime", detail.toString()).isValidAndKnown())
                .isTrue();
    }

    @Test
    void aDetailToEmitThatIsNotJsonIsNotJson() {
        assertThat(CATALOG.validateDetail(BUS, "OrderManager.DrinkAverageTime", "{").reasons())
                .containsExactly(RejectionReason.NOT_JSON);
    }

    @Test
    void aDetailOfAnotherTypeIsNotInTheCatalog() {
        assertThat(CATALOG.validateDetail(BUS, "OrderManager.DrinkAverageTimeV2", "{}").outcome())
                .isEqualTo(Outcome.NOT_IN_CATALOG);
    }
}
