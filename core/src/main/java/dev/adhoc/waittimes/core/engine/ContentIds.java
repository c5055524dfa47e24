package dev.adhoc.waittimes.core.engine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The id of a window's content: the first 16 bytes, in hex, of the SHA-256 of the UTF-8 text of length-prefixed
 * fields ({@code <length>:<text>}): the tenant, the scope, then per sample its order id, its completion time as
 * epoch seconds and nanoseconds ({@code <seconds>.<nanos>}, both in decimal) and its value. The text, and so every
 * id, is part of the output.
 */
final class ContentIds {
    /** Cloned for each id: cheaper than looking the algorithm up every time, and shares no state. */
    private static final MessageDigest SHA_256;

    static {
        try {
            SHA_256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private ContentIds() {
    }

    /** The text is hashed as it is written, one string per sample: each sample's numbers are formatted once, into it. */
    static String of(WindowKey key, Window window) {
        MessageDigest sha256;
        try {
            sha256 = (MessageDigest) SHA_256.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the JDK's SHA-256 can be cloned", e);
        }
        String tenant = key.tenant().value();
        hash(sha256, tenant.length() + ":" + tenant + key.scope().length() + ":" + key.scope());
        for (Sample s : window.samples()) {
            String order = s.orderId().value();
            long seconds = s.at().getEpochSecond();
            int nanos = s.at().getNano();
            hash(sha256, order.length() + ":" + order
                    + (decimalLength(seconds) + 1 + decimalLength(nanos)) + ":" + seconds + "." + nanos
                    + decimalLength(s.value()) + ":" + s.value());
        }
        return HexFormat.of().formatHex(sha256.digest(), 0, 16);
    }

    private static void hash(MessageDigest sha256, String text) {
        sha256.update(text.getBytes(StandardCharsets.UTF_8));
    }

    /** @return the length of the number's decimal text, without making the text */
    static int decimalLength(long number) {
        if (number < 0) {
            return number == Long.MIN_VALUE ? 20 : 1 + decimalLength(-number);
        }
        int length = 1;
        for (long power = 10; length < 19 && number >= power; power *= 10) {
            length++;
        }
        return length;
    }
}
