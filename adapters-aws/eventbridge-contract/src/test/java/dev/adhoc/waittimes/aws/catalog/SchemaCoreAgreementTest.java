package dev.adhoc.waittimes.aws.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.adhoc.waittimes.core.domain.Drink;
import dev.adhoc.waittimes.core.domain.InvalidValueException;
import dev.adhoc.waittimes.core.domain.LatestCompletions;
import dev.adhoc.waittimes.core.domain.OrderId;
import dev.adhoc.waittimes.core.domain.RejectionReason;
import dev.adhoc.waittimes.core.domain.TenantId;
import dev.adhoc.waittimes.core.domain.WaitSample;
import dev.adhoc.waittimes.core.domain.WaitTimeSettings;
import dev.adhoc.waittimes.core.domain.WaitTimeUpdate;
import dev.adhoc.waittimes.core.domain.Window;
import dev.adhoc.waittimes.core.domain.WindowKey;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Example;

/**
 * The schemas' shared values and core's value types accept and reject the same text for the same reason, so the
 * two cannot drift apart silently. (Text of the Basic Multilingual Plane: JSON Schema counts {@code maxLength} in
 * code points, core in UTF-16 units; see ADR 0007.)
 */
class SchemaCoreAgreementTest {
    private static final EventCatalog CATALOG = EventCatalog.load();

    @Property(tries = 400)
    void tenantAgreesWithTenantId(@ForAll("tenantLike") String text) {
        assertAgreement("tenant", text, TenantId::new);
    }

    @Property(tries = 400)
    void drinkAgreesWithDrink(@ForAll("textLike") String text) {
        assertAgreement("drink", text, Drink::new);
    }

    @Property(tries = 400)
    void orderIdAgreesWithOrderId(@ForAll("textLike") String text) {
        assertAgreement("orderId", text, OrderId::new);
    }

    @Example
    void theEmittedWindowSizeHasCoresBounds() {
        String windowSize = CATALOG.entryFor(CATALOG.source(), "OrderManager.DrinkAverageTime").orElseThrow().id()
                + "#/properties/detail/properties/windowSize";
        assertThat(CATALOG.validateAt(windowSize, IntNode.valueOf(LatestCompletions.MIN_CAPACITY))).isEmpty();
        assertThat(CATALOG.validateAt(windowSize, IntNode.valueOf(LatestCompletions.MAX_CAPACITY))).isEmpty();
        assertThat(CATALOG.validateAt(windowSize, IntNode.valueOf(LatestCompletions.MIN_CAPACITY - 1))).isNotEmpty();
        assertThat(CATALOG.validateAt(windowSize, IntNode.valueOf(LatestCompletions.MAX_CAPACITY + 1))).isNotEmpty();
    }

    @Property(tries = 50)
    void theEmittedUpdateIdHasTheFormatOfCoresIds(@ForAll("tenantLike") String anyText) {
        WindowKey key = new WindowKey(new TenantId("NYC"), new Drink("Caffe Latte"));
        Window window = new Window(List.of(new WaitSample(new OrderId("o-" + anyText.hashCode()),
                Instant.parse("2022-10-14T12:54:09Z"), Instant.parse("2022-10-14T12:56:27Z"))));
        String updateId = WaitTimeUpdate.of(key, window, new LatestCompletions(WaitTimeSettings.DEFAULTS.windowSize()))
                .updateId();

        String location = CATALOG.entryFor(CATALOG.source(), "OrderManager.DrinkAverageTime").orElseThrow().id()
                + "#/properties/detail/properties/updateId";
        assertThat(CATALOG.validateAt(location, TextNode.valueOf(updateId))).isEmpty();
    }

    private static void assertAgreement(String definition, String text, Consumer<String> coreConstructor) {
        RejectionReason coreReason = null;
        try {
            coreConstructor.accept(text);
        } catch (InvalidValueException e) {
            coreReason = e.reason();
        }
        List<Violation> violations = CATALOG.validateAt(CATALOG.commonId() + "#/$defs/" + definition,
                TextNode.valueOf(text));
        if (coreReason == null) {
            assertThat(violations).as("core accepts %s %s", definition, show(text)).isEmpty();
        } else {
            assertThat(violations).as("core rejects %s %s as %s", definition, show(text), coreReason)
                    .extracting(Violation::reason).contains(coreReason);
        }
    }

    private static String show(String text) {
        StringBuilder shown = new StringBuilder("\"");
        text.codePoints().forEach(c -> shown.append(c < 0x20 || c > 0x7e ? String.format("\\u%04X", c) : Character.toString(c)));
        return shown.append('"').toString();
    }

    @Provide
    Arbitrary<String> tenantLike() {
        Arbitrary<Character> chars = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, Arbitraries.chars().alpha().numeric()),
                net.jqwik.api.Tuple.of(2, Arbitraries.of('.', '_', '-')),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(' ', '\t', '/', '#', '\u00e9', '\u2003', '\u0000', ':')));
        return Arbitraries.oneOf(
                chars.list().ofMinSize(0).ofMaxSize(70).map(SchemaCoreAgreementTest::join),
                Arbitraries.of("", " ", "NYC", "-NYC", "a".repeat(64), "a".repeat(65), "re.invent", "\u3000"));
    }

    @Provide
    Arbitrary<String> textLike() {
        Arbitrary<Character> chars = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(10, Arbitraries.chars().alpha().numeric()),
                net.jqwik.api.Tuple.of(3, Arbitraries.of(' ', '-', '\'', '\u00e9', '\u00a0', '\u4e2d')),
                // Java's white space (a blank value is missing) and control characters (invalid)
                net.jqwik.api.Tuple.of(2, Arbitraries.of('\t', '\n', '\u000b', '\u001c', '\u1680', '\u2003',
                        '\u2028', '\u205f', '\u3000', '\u2007', '\u202f', '\ufeff')),
                net.jqwik.api.Tuple.of(1, Arbitraries.of('\u0000', '\u0007', '\u007f', '\u0085', '\u009f')));
        return Arbitraries.oneOf(
                chars.list().ofMinSize(0).ofMaxSize(140).map(SchemaCoreAgreementTest::join),
                chars.list().ofMinSize(95).ofMaxSize(135).map(SchemaCoreAgreementTest::join),
                Arbitraries.of("", "   ", "\u2003\u3000", "\u0085", "x".repeat(100), "x".repeat(101),
                        "x".repeat(128), "x".repeat(129)));
    }

    private static String join(List<Character> chars) {
        StringBuilder text = new StringBuilder(chars.size());
        chars.forEach(text::append);
        return text.toString();
    }
}
