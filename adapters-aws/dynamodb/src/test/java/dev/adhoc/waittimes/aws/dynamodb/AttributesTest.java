package dev.adhoc.waittimes.aws.dynamodb;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class AttributesTest {
    private static final List<Instant> INSTANTS = List.of(
            Instant.parse("2026-11-27T10:15:30Z"), Instant.parse("2026-11-27T10:15:30.123Z"),
            Instant.parse("2026-11-27T10:15:30.123456789Z"), Instant.parse("2026-11-27T10:15:30.000000001Z"),
            Instant.EPOCH, Instant.parse("1969-12-31T23:59:59.999999999Z"), Instant.ofEpochSecond(-86_400, 5),
            Instant.MIN, Instant.MAX);

    @Test
    void instantsAreWholeMillisecondsWhenTheyCanBeAndExactAlways() {
        assertThat(Attributes.millis(Instant.parse("2026-11-27T10:15:30.123Z")).n()).isEqualTo("1795774530123");
        assertThat(Attributes.millis(Instant.EPOCH).n()).isEqualTo("0");
        assertThat(Attributes.millis(Instant.parse("2026-11-27T10:15:30.123456Z")).n()).isEqualTo("1795774530123.456");
        for (Instant instant : INSTANTS) {
            assertThat(Attributes.instant(Attributes.millis(instant))).isEqualTo(instant);
        }
    }

    @Test
    void numbersCompareAsInstantsDo() {
        for (Instant a : INSTANTS) {
            for (Instant b : INSTANTS) {
                BigDecimal x = new BigDecimal(Attributes.millis(a).n());
                BigDecimal y = new BigDecimal(Attributes.millis(b).n());
                assertThat(Integer.signum(x.compareTo(y))).as(a + " vs " + b).isEqualTo(Integer.signum(a.compareTo(b)));
            }
        }
    }

    @Test
    void expiriesRoundUpToTheSecond() {
        assertThat(Attributes.wholeSecondUp(Instant.parse("2026-11-27T10:15:30Z"))).isEqualTo("2026-11-27T10:15:30Z");
        assertThat(Attributes.wholeSecondUp(Instant.parse("2026-11-27T10:15:30.001Z"))).isEqualTo("2026-11-27T10:15:31Z");
        assertThat(Attributes.wholeSecondUp(Instant.ofEpochSecond(-2, 1))).isEqualTo(Instant.ofEpochSecond(-1));
        assertThat(Attributes.epochSeconds(Instant.parse("2026-11-27T10:15:31Z")).n()).isEqualTo("1795774531");
    }

    @Test
    void orderedTextIsLosslessForAnyChar() {
        for (String text : List.of("", "NYC", "Caffè \"Latte\" #1", "😀", "\uD800 lone", "tail \uDC00", "\u0000\uFFFF")) {
            assertThat(Attributes.orderedText(Attributes.orderedText(text))).isEqualTo(text);
        }
    }

    @Test
    void orderedTextComparesByteWiseAsJavaComparesStrings() {
        List<String> texts = new ArrayList<>(List.of("", "a", "ab", "b", "B", "é", "\uFFFD", "😀", "😀a", "\uE000",
                "\uD800", "#", "\"", "'", "Caffe Latte", "Caffè Latte"));
        Random random = new Random(7);
        for (int i = 0; i < 200; i++) {
            char[] chars = new char[random.nextInt(4)];
            for (int j = 0; j < chars.length; j++) {
                chars[j] = (char) random.nextInt(Character.MAX_VALUE + 1);
            }
            texts.add(new String(chars));
        }
        for (String a : texts) {
            for (String b : texts) {
                int bytes = Arrays.compareUnsigned(bytes(a), bytes(b)); // how DynamoDB compares binary
                assertThat(Integer.signum(bytes)).as("%s vs %s", a, b).isEqualTo(Integer.signum(a.compareTo(b)));
            }
        }
        // UTF-8 (a string attribute) would order these two the other way round:
        assertThat("😀".compareTo("\uFFFD")).isNegative();
        assertThat(Arrays.compareUnsigned(bytes("😀"), bytes("\uFFFD"))).isNegative();
    }

    private static byte[] bytes(String text) {
        AttributeValue value = Attributes.orderedText(text);
        return value.b().asByteArray();
    }
}
