package dev.adhoc.waittimes.core.domain;

import java.nio.charset.StandardCharsets;
import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Computes {@link WaitTimeUpdate#updateId()}: the first 16 bytes, in hex, of the SHA-256 of the UTF-8 text of the
 * window's length-prefixed fields ({@code <length>:<text>}, the length in UTF-16 chars) for the tenant, the
 * drink, then per sample its order id and its two times as {@link Instant#toString()} writes them. That text,
 * and so every id, is part of the output format: do not change it.
 *
 * <p>Written for speed, because it runs on every update and reads the whole window: the text goes straight into
 * one byte buffer per thread, hashed by one digest per thread; each sample's text is kept for the next updates;
 * instants are written without {@code DateTimeFormatter} (the same text; years outside 0000-9999 take the JDK's
 * path).
 */
final class ContentIds {
    private static final byte[] HEX_DIGITS = "0123456789abcdef".getBytes(StandardCharsets.ISO_8859_1);
    private static final long SECONDS_PER_DAY = 86_400;
    /** 0000-01-01T00:00:00Z and 10000-01-01T00:00:00Z: the instants {@link #putInstant} writes itself. */
    private static final long FIRST_FAST_SECOND = -62_167_219_200L;
    private static final long END_FAST_SECOND = 253_402_300_800L;
    /** "00" to "99". */
    private static final byte[] TWO_DIGITS = new byte[200];

    static {
        for (int i = 0; i < 100; i++) {
            TWO_DIGITS[2 * i] = (byte) ('0' + i / 10);
            TWO_DIGITS[2 * i + 1] = (byte) ('0' + i % 10);
        }
    }

    /** Samples whose text is kept per thread (a power of two): enough for about 40 full windows of 100. */
    private static final int CACHED_SAMPLES = 4096;

    private static final ThreadLocal<ContentIds> PER_THREAD = ThreadLocal.withInitial(ContentIds::new);

    private final MessageDigest digest;
    private final byte[] hash = new byte[32];
    private byte[] buffer = new byte[1024];
    private int length;
    private final WaitSample[] cachedSamples = new WaitSample[CACHED_SAMPLES];
    private final byte[][] cachedTexts = new byte[CACHED_SAMPLES][];
    private long cachedDay = Long.MIN_VALUE;
    private final byte[] cachedDate = new byte[11];

    private ContentIds() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** @return the id of this window's content */
    static String of(WindowKey key, Window window) {
        return PER_THREAD.get().id(key, window.samples());
    }

    private String id(WindowKey key, List<WaitSample> samples) {
        length = 0;
        putField(key.tenant().value());
        putField(key.drink().name());
        for (int i = 0, n = samples.size(); i < n; i++) {
            putSample(samples.get(i));
        }
        digest.update(buffer, 0, length);
        try {
            digest.digest(hash, 0, hash.length);
        } catch (DigestException e) {
            throw new IllegalStateException("a SHA-256 digest is 32 bytes", e);
        }
        if (buffer.length > 64 * 1024) {
            buffer = new byte[1024]; // one huge window must not pin a huge buffer to the thread
        }
        byte[] hex = new byte[32]; // the first 16 bytes, in lower-case hex as HexFormat.of() writes them
        for (int i = 0; i < 16; i++) {
            hex[2 * i] = HEX_DIGITS[(hash[i] >> 4) & 0xF];
            hex[2 * i + 1] = HEX_DIGITS[hash[i] & 0xF];
        }
        return new String(hex, StandardCharsets.ISO_8859_1);
    }

    /**
     * Writes a sample's three fields. A sample stays in its window for up to {@code N} updates, as the same
     * object, so its text is kept by identity in a small direct-mapped cache and copied from there.
     */
    private void putSample(WaitSample sample) {
        int slot = System.identityHashCode(sample) & (CACHED_SAMPLES - 1);
        if (cachedSamples[slot] == sample) {
            putBytes(cachedTexts[slot]);
            return;
        }
        int start = length;
        putField(sample.orderId().value());
        putInstantField(sample.submittedAt());
        putInstantField(sample.completedAt());
        cachedSamples[slot] = sample;
        cachedTexts[slot] = Arrays.copyOfRange(buffer, start, length);
    }

    private void putField(String field) {
        putInt(field.length());
        put((byte) ':');
        int n = field.length();
        ensure(n);
        for (int i = 0; i < n; i++) {
            char c = field.charAt(i);
            if (c >= 0x80) {
                putBytes(field.substring(i).getBytes(StandardCharsets.UTF_8));
                return;
            }
            buffer[length++] = (byte) c;
        }
    }

    private void putInstantField(Instant instant) {
        long seconds = instant.getEpochSecond();
        if (seconds < FIRST_FAST_SECOND || seconds >= END_FAST_SECOND) {
            putField(instant.toString());
            return;
        }
        int nanos = instant.getNano();
        putInt(nanos == 0 ? 20 : nanos % 1_000_000 == 0 ? 24 : nanos % 1_000 == 0 ? 27 : 30);
        put((byte) ':');
        putInstant(seconds, nanos);
    }

    /** Writes what {@link Instant#toString()} gives for an instant of the years 0000 to 9999. */
    private void putInstant(long seconds, int nanos) {
        ensure(30);
        long day = Math.floorDiv(seconds, SECONDS_PER_DAY);
        int secondOfDay = (int) Math.floorMod(seconds, SECONDS_PER_DAY);
        if (day != cachedDay) {
            cacheDate(day);
        }
        System.arraycopy(cachedDate, 0, buffer, length, cachedDate.length);
        length += cachedDate.length;
        two(secondOfDay / 3600);
        buffer[length++] = ':';
        two(secondOfDay / 60 % 60);
        buffer[length++] = ':';
        two(secondOfDay % 60);
        if (nanos != 0) {
            buffer[length++] = '.';
            if (nanos % 1_000_000 == 0) {
                fraction(nanos / 1_000_000, 3);
            } else if (nanos % 1_000 == 0) {
                fraction(nanos / 1_000, 6);
            } else {
                fraction(nanos, 9);
            }
        }
        buffer[length++] = 'Z';
    }

    /** Keeps {@code yyyy-MM-dd'T'} of a day: the samples of a window mostly share their day. */
    private void cacheDate(long day) {
        // civil date from days since 1970-01-01 (H. Hinnant's algorithm; proleptic Gregorian, as java.time)
        long z = day + 719_468;
        long era = Math.floorDiv(z, 146_097);
        long dayOfEra = z - era * 146_097;
        long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
        long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        long mp = (5 * dayOfYear + 2) / 153;
        int dayOfMonth = (int) (dayOfYear - (153 * mp + 2) / 5 + 1);
        int month = (int) (mp < 10 ? mp + 3 : mp - 9);
        int year = (int) (yearOfEra + era * 400 + (month <= 2 ? 1 : 0));
        byte[] date = cachedDate;
        date[0] = TWO_DIGITS[2 * (year / 100)];
        date[1] = TWO_DIGITS[2 * (year / 100) + 1];
        date[2] = TWO_DIGITS[2 * (year % 100)];
        date[3] = TWO_DIGITS[2 * (year % 100) + 1];
        date[4] = '-';
        date[5] = TWO_DIGITS[2 * month];
        date[6] = TWO_DIGITS[2 * month + 1];
        date[7] = '-';
        date[8] = TWO_DIGITS[2 * dayOfMonth];
        date[9] = TWO_DIGITS[2 * dayOfMonth + 1];
        date[10] = 'T';
        cachedDay = day;
    }

    private void two(int value) {
        buffer[length++] = TWO_DIGITS[2 * value];
        buffer[length++] = TWO_DIGITS[2 * value + 1];
    }

    private void fraction(int value, int width) {
        for (int i = width - 1; i >= 0; i--) {
            buffer[length + i] = (byte) ('0' + value % 10);
            value /= 10;
        }
        length += width;
    }

    private void putInt(int value) {
        ensure(2);
        if (value < 10) {
            buffer[length++] = (byte) ('0' + value);
        } else if (value < 100) {
            two(value);
        } else {
            putBytes(Integer.toString(value).getBytes(StandardCharsets.ISO_8859_1));
        }
    }

    private void put(byte b) {
        ensure(1);
        buffer[length++] = b;
    }

    private void putBytes(byte[] bytes) {
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buffer, length, bytes.length);
        length += bytes.length;
    }

    private void ensure(int more) {
        if (length + more > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(2 * buffer.length, length + more));
        }
    }
}
