package dev.adhoc.waittimes.core.engine;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import static dev.adhoc.waittimes.core.testing.CoffeeBar.LATTE;
import static dev.adhoc.waittimes.core.testing.CoffeeBar.LDN;
import static dev.adhoc.waittimes.core.testing.CoffeeBar.MOCHA;
import static dev.adhoc.waittimes.core.testing.CoffeeBar.NYC;
import static dev.adhoc.waittimes.core.testing.CoffeeBar.key;
import static dev.adhoc.waittimes.core.testing.CoffeeBar.sample;
import static org.assertj.core.api.Assertions.assertThat;

/** The update id is part of the output: the documented text, hashed. */
class ContentIdsTest {
    private static final Sample S1 = sample("o1", "12:05:00", 300_000);
    private static final Sample S2 = sample("o2", "12:06:00", 360_000);

    @Test
    void is_the_sha256_of_the_documented_length_prefixed_text() throws Exception {
        String text = "3:NYC" + "11:Caffe Latte"
                + "2:o2" + "12:1795781160.0" + "6:360000"       // 2026-11-27T12:06:00Z as epoch seconds.nanos
                + "2:o1" + "12:1795781100.0" + "6:300000";
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));

        assertThat(ContentIds.of(key(NYC, LATTE), new Window(List.of(S1, S2))))
                .isEqualTo(HexFormat.of().formatHex(hash, 0, 16));
    }

    @Test
    void depends_on_the_content_only() {
        String id = ContentIds.of(key(NYC, LATTE), new Window(List.of(S1, S2)));

        assertThat(ContentIds.of(key(NYC, LATTE), new Window(List.of(S2, S1)))).isEqualTo(id);
        assertThat(ContentIds.of(key(LDN, LATTE), new Window(List.of(S1, S2)))).isNotEqualTo(id);
        assertThat(ContentIds.of(key(NYC, MOCHA), new Window(List.of(S1, S2)))).isNotEqualTo(id);
        assertThat(ContentIds.of(key(NYC, LATTE), new Window(List.of(S1)))).isNotEqualTo(id);
        assertThat(ContentIds.of(key(NYC, LATTE), new Window(List.of(S1, sample("o2", "12:06:00", 360_001)))))
                .isNotEqualTo(id);
        assertThat(ContentIds.of(key(NYC, LATTE), Window.empty())).matches("[0-9a-f]{32}")
                .isNotEqualTo(ContentIds.of(key(LDN, LATTE), Window.empty()));
    }

    @Test
    void measures_numbers_as_their_decimal_text() {
        for (long n : new long[] {0, 7, -7, 9, 10, 99, 100, 1_795_781_160L, -1_000_000_000L, Long.MAX_VALUE,
                Long.MIN_VALUE}) {
            assertThat(ContentIds.decimalLength(n)).as("%d", n).isEqualTo(Long.toString(n).length());
        }
    }
}
