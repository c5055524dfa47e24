package dev.adhoc.waittimes.aws.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import dev.adhoc.waittimes.aws.contract.ConsumedDetailTypes;
import dev.adhoc.waittimes.aws.contract.DetailTypeRegistry;
import dev.adhoc.waittimes.aws.contract.OrderEventParser;
import dev.adhoc.waittimes.aws.contract.ParseResult;
import dev.adhoc.waittimes.core.waittimes.CompletionMode;
import dev.adhoc.waittimes.core.domain.RejectionReason;
import dev.adhoc.waittimes.testsupport.EventFixtures;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The parser's default detail-types and the catalog's roles say the same: every example of a consumed schema is
 * parsed (in the compatibility mode; in the default mode all but {@code orderFinished}), every example of a known or
 * emitted one is ignored, and every default detail-type is a consumed schema of the catalog.
 */
class DefaultDetailTypesAgreeWithTheCatalogTest {
    private static final EventCatalog CATALOG = EventCatalog.load();

    @ParameterizedTest
    @EnumSource(CompletionMode.class)
    void theParserConsumesExactlyTheExamplesOfConsumedSchemas(CompletionMode mode) {
        OrderEventParser parser = new OrderEventParser(mode);
        SoftAssertions softly = new SoftAssertions();
        int examples = 0;
        for (CatalogEntry entry : CATALOG.entries()) {
            for (JsonNode example : entry.examples()) {
                String detailType = example.path("detail-type").asText();
                boolean consumed = entry.role() == EventRole.CONSUMED
                        && !(mode == CompletionMode.COMPLETED && detailType.equals(ConsumedDetailTypes.ORDER_FINISHED));
                ParseResult result = parser.parse(example.deepCopy(), entry.label());
                softly.assertThat(result).as(entry.label() + " in " + mode + ": " + detailType)
                        .isInstanceOf(consumed ? ParseResult.Parsed.class : ParseResult.Ignored.class);
                examples++;
            }
        }
        softly.assertThat(examples).isGreaterThanOrEqualTo(CATALOG.entries().size());
        softly.assertAll();
    }

    /** A claim the parser rejects is invalid under the catalog, for the same reason. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            "orderId": "2FfPFQXYTgGqsXVjWhhGhNVYCeZ",   |                                    | MISSING_FIELD
            "orderId": "2FfPFQXYTgGqsXVjWhhGhNVYCeZ"    | "orderId": 42                     | WRONG_TYPE
            "orderId": "2FfPFQXYTgGqsXVjWhhGhNVYCeZ"    | "orderId": ""                     | MISSING_FIELD
            "eventId": "NYC"                            | "eventId": "N Y C"                | INVALID_TENANT
            "time": "2022-10-14T12:54:15Z"              | "time": "at noon"                 | UNPARSABLE_TIME
            """)
    void aRejectedClaimIsInvalidUnderTheCatalogForTheSameReason(String from, String to, RejectionReason reason) {
        String claim = EventFixtures.text("make-order.json").replace(from, to == null ? "" : to);

        ParseResult parsed = new OrderEventParser(CompletionMode.COMPLETED).parse(claim, "line 1");

        assertThat(parsed).isInstanceOfSatisfying(ParseResult.Rejected.class,
                r -> assertThat(r.rejection().reason()).isEqualTo(reason));
        assertThat(CATALOG.validate(claim).reasons()).contains(reason);
    }

    @Test
    void everyDefaultDetailTypeIsAConsumedSchema() {
        SoftAssertions softly = new SoftAssertions();
        for (DetailTypeRegistry.Registration r : DetailTypeRegistry.defaults(CompletionMode.FINISHED).registrations()) {
            String detailType = r.detailType().replace(DetailTypeRegistry.TENANT, "NYC");
            softly.assertThat(CATALOG.entryFor(ConsumedDetailTypes.SOURCE, detailType)).as(r.detailType())
                    .get().extracting(CatalogEntry::role).isEqualTo(EventRole.CONSUMED);
        }
        softly.assertAll();
    }
}
