package dev.adhoc.waittimes.core.testing;

import dev.adhoc.waittimes.core.engine.IndexEntry;
import dev.adhoc.waittimes.core.engine.Sample;
import dev.adhoc.waittimes.core.engine.WindowKey;
import dev.adhoc.waittimes.core.memory.InMemorySampleIndex;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static dev.adhoc.waittimes.core.testing.CoffeeBar.LATTE;
import static dev.adhoc.waittimes.core.testing.CoffeeBar.NYC;
import static dev.adhoc.waittimes.core.testing.CoffeeBar.at;
import static dev.adhoc.waittimes.core.testing.CoffeeBar.key;
import static dev.adhoc.waittimes.core.testing.CoffeeBar.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The crash the engine's tests inject comes once, before the write it was told, and loses nothing else. */
class CrashingSampleIndexTest {
    private static final WindowKey LATTES = key(NYC, LATTE);
    private final CrashingSampleIndex index =
            new CrashingSampleIndex(new InMemorySampleIndex(Clock.fixed(at("12:00:00"), ZoneOffset.UTC)));

    private static IndexEntry entry(String order, long value) {
        return new IndexEntry(LATTES, order(order), Optional.of(new Sample(order(order), at("12:05:00"), value)), 1,
                at("23:59:59"));
    }

    @Test
    void crashes_once_before_the_write_it_was_told_to() {
        index.crashAfter(1);
        index.write(entry("o1", 1L));
        assertThatThrownBy(() -> index.write(entry("o2", 2L))).isInstanceOf(CrashingSampleIndex.Crash.class);
        index.write(entry("o3", 3L));

        List<Sample> read = new ArrayList<>();
        index.latestFirst(LATTES, 2).forEachRemaining(read::add);
        assertThat(read).extracting(Sample::value).containsExactly(3L, 1L);
        assertThat(index.writes()).isEqualTo(3);
    }
}
