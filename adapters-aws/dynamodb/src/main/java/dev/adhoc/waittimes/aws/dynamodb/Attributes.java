package dev.adhoc.waittimes.aws.dynamodb;

import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;

/**
 * Encodings of attribute values whose order DynamoDB must compare exactly as the domain does.
 *
 * <ul>
 *   <li>An instant is a number of epoch milliseconds, with a decimal fraction only if it has sub-millisecond
 *       precision: exact, and DynamoDB compares numbers numerically, as {@link Instant#compareTo} does.</li>
 *   <li>Text compared in a condition is binary, its UTF-16 code units big-endian: DynamoDB compares binary
 *       unsigned byte by byte, which then is {@link String#compareTo}'s order. (A string attribute would compare
 *       by UTF-8 bytes, which orders supplementary characters after U+E000..U+FFFF, unlike Java.)</li>
 * </ul>
 */
final class Attributes {
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
    private static final BigInteger BILLION = BigInteger.valueOf(1_000_000_000);

    private Attributes() {
    }

    /** @return the instant as epoch milliseconds, exact */
    static AttributeValue millis(Instant instant) {
        return number(toMillis(instant));
    }

    /** @return the instant of an epoch-milliseconds number */
    static Instant instant(AttributeValue millis) {
        return fromMillis(decimal(millis));
    }

    /** @return the instant as epoch milliseconds, exact */
    static BigDecimal toMillis(Instant instant) {
        return BigDecimal.valueOf(instant.getEpochSecond()).multiply(THOUSAND).add(BigDecimal.valueOf(instant.getNano(), 6));
    }

    /** @return the instant of epoch milliseconds (exact to the nanosecond) */
    static Instant fromMillis(BigDecimal millis) {
        BigInteger nanos = millis.movePointRight(6).toBigIntegerExact();
        BigInteger[] secondsAndNanos = nanos.divideAndRemainder(BILLION);
        if (secondsAndNanos[1].signum() < 0) { // floor, not truncation, for instants before 1970
            secondsAndNanos[0] = secondsAndNanos[0].subtract(BigInteger.ONE);
            secondsAndNanos[1] = secondsAndNanos[1].add(BILLION);
        }
        return Instant.ofEpochSecond(secondsAndNanos[0].longValueExact(), secondsAndNanos[1].longValue());
    }

    /** @return a number attribute, in its shortest exact form */
    static AttributeValue number(BigDecimal value) {
        return AttributeValue.fromN(value.stripTrailingZeros().toPlainString());
    }

    /** @return the value of a number attribute */
    static BigDecimal decimal(AttributeValue value) {
        if (value == null || value.n() == null) {
            throw new IllegalStateException("expected a number attribute, found " + value);
        }
        return new BigDecimal(value.n());
    }

    /** @return the instant rounded up to a whole second: a record never expires before it should */
    static Instant wholeSecondUp(Instant instant) {
        return instant.getNano() == 0 ? instant : Instant.ofEpochSecond(instant.getEpochSecond()).plusSeconds(1);
    }

    /** @return the whole-second instant as epoch seconds (the time-to-live format) */
    static AttributeValue epochSeconds(Instant wholeSecond) {
        return AttributeValue.fromN(Long.toString(wholeSecond.getEpochSecond()));
    }

    /** @return the instant of an epoch-seconds number */
    static Instant fromEpochSeconds(AttributeValue seconds) {
        return Instant.ofEpochSecond(decimal(seconds).longValueExact());
    }

    /** @return the text as binary whose byte order is {@link String#compareTo}'s order (lossless for any char) */
    static AttributeValue orderedText(String text) {
        byte[] bytes = new byte[text.length() * 2];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            bytes[2 * i] = (byte) (c >>> 8);
            bytes[2 * i + 1] = (byte) c;
        }
        return AttributeValue.fromB(SdkBytes.fromByteArrayUnsafe(bytes));
    }

    /** @return the text of an {@link #orderedText} value */
    static String orderedText(AttributeValue value) {
        if (value.b() == null) {
            throw new IllegalStateException("expected a binary attribute, found " + value);
        }
        byte[] bytes = value.b().asByteArrayUnsafe();
        if (bytes.length % 2 != 0) {
            throw new IllegalStateException("corrupt text attribute: odd number of bytes");
        }
        char[] chars = new char[bytes.length / 2];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = (char) (((bytes[2 * i] & 0xFF) << 8) | (bytes[2 * i + 1] & 0xFF));
        }
        return new String(chars);
    }

    /** @return the string of a string attribute */
    static String string(AttributeValue value) {
        if (value.s() == null) {
            throw new IllegalStateException("expected a string attribute, found " + value);
        }
        return value.s();
    }
}
