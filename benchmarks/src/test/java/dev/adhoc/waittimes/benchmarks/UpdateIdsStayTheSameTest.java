package dev.adhoc.waittimes.benchmarks;

import dev.adhoc.waittimes.core.domain.Drink;
import dev.adhoc.waittimes.core.domain.OrderId;
import dev.adhoc.waittimes.core.domain.TenantId;
import dev.adhoc.waittimes.core.waittimes.WaitFigures;
import dev.adhoc.waittimes.core.domain.WaitSample;
import dev.adhoc.waittimes.core.waittimes.WaitTimeUpdate;
import dev.adhoc.waittimes.core.engine.Window;
import dev.adhoc.waittimes.core.engine.WindowKey;
import dev.adhoc.waittimes.core.engine.WindowPolicy;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The update id is part of the output (consumers drop duplicates by it), so the faster way core now computes it
 * must give exactly the ids of the first version, whose algorithm is kept here as the oracle: length-prefixed
 * fields, instants as {@link Instant#toString()}, SHA-256 of the UTF-8 text, first 16 bytes in hex.
 */
class UpdateIdsStayTheSameTest {
    private static final List<Instant> EDGES = List.of(Instant.EPOCH, Instant.MIN, Instant.MAX,
            Instant.parse("0000-01-01T00:00:00Z"), Instant.parse("-0001-12-31T23:59:59.999999999Z"),
            Instant.parse("9999-12-31T23:59:59.999999999Z"), Instant.parse("+10000-01-01T00:00:00Z"),
            Instant.parse("0999-03-01T00:00:00Z"), Instant.parse("2000-02-29T12:00:00.5Z"),
            Instant.parse("2100-02-28T23:59:59.000001Z"), Instant.parse("1969-12-31T23:59:59.123456789Z"),
            Instant.parse("2026-11-27T12:00:00.120Z"), Instant.parse("2026-11-27T12:00:00.000120Z"));

    /** Summarizing is beside the point here, and overflows on the extreme instants this test uses. */
    private static final WindowPolicy FIGURES_ONLY = new WindowPolicy() {
        @Override
        public int capacity() {
            return 1000;
        }

        @Override
        public Window admit(Window window, WaitSample sample) {
            throw new UnsupportedOperationException();
        }

        @Override
        public WaitFigures summarize(Window window) {
            return new WaitFigures(Duration.ZERO, Duration.ZERO, Duration.ZERO, window.size());
        }
    };

    @Test
    void ids_of_random_windows_are_those_of_the_original_algorithm() {
        SplittableRandom random = new SplittableRandom(7);
        for (int round = 0; round < 20_000; round++) {
            WindowKey key = new WindowKey(new TenantId(round % 7 == 0 ? "t" + round : "NYC"),
                    new Drink(round % 5 == 0 ? "Café crème ☕ " + round : round % 11 == 0 ? "Tea \uD83C\uDF75" : "Latte"));
            int n = random.nextInt(0, 13);
            List<WaitSample> samples = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                samples.add(new WaitSample(new OrderId(round % 3 == 0 ? "ordér-" + i : "o" + i + "-" + round),
                        instant(random), instant(random)));
            }
            Window window = new Window(samples);
            WaitTimeUpdate update = WaitTimeUpdate.of(key, window, FIGURES_ONLY);

            assertThat(update.updateId()).as("window %s", window).isEqualTo(originalId(key, window));
        }
    }

    @Test
    void ids_of_large_windows_are_those_of_the_original_algorithm() {
        WindowKey key = new WindowKey(new TenantId("NYC"), new Drink("Latte"));
        List<WaitSample> samples = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            samples.add(new WaitSample(new OrderId("order-" + i), Instant.ofEpochSecond(1_800_000_000L + i),
                    Instant.ofEpochSecond(1_800_000_100L + i, i * 1_000L)));
        }
        Window window = new Window(samples);
        assertThat(WaitTimeUpdate.of(key, window, FIGURES_ONLY).updateId())
                .isEqualTo(originalId(key, window));
    }

    private static Instant instant(SplittableRandom random) {
        return switch (random.nextInt(6)) {
            case 0 -> EDGES.get(random.nextInt(EDGES.size()));
            case 1 -> Instant.ofEpochSecond(random.nextLong(Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond()),
                    random.nextInt(1_000_000_000));
            case 2 -> Instant.ofEpochSecond(random.nextLong(-70_000_000_000L, 260_000_000_000L));
            case 3 -> Instant.ofEpochMilli(random.nextLong(-70_000_000_000_000L, 260_000_000_000_000L));
            case 4 -> Instant.ofEpochSecond(random.nextLong(1_700_000_000L, 1_900_000_000L), random.nextInt(1000) * 1000L);
            default -> Instant.ofEpochSecond(random.nextLong(1_700_000_000L, 1_900_000_000L));
        };
    }

    /** The first version of {@code WaitTimeUpdate.idOf}, verbatim in substance. */
    private static String originalId(WindowKey key, Window window) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            StringBuilder text = new StringBuilder();
            append(text, key.tenant().value());
            append(text, key.drink().name());
            for (WaitSample s : window.samples()) {
                append(text, s.orderId().value());
                append(text, s.submittedAt().toString());
                append(text, s.completedAt().toString());
            }
            byte[] hash = digest.digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    private static void append(StringBuilder text, String field) {
        text.append(field.length()).append(':').append(field);
    }
}
