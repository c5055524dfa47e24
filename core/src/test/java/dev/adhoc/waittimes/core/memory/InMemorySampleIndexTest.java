package dev.adhoc.waittimes.core.memory;

import dev.adhoc.waittimes.core.engine.IndexEntry;
import dev.adhoc.waittimes.core.engine.Sample;
import dev.adhoc.waittimes.core.engine.WindowKey;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

import static dev.adhoc.waittimes.core.testing.CoffeeBar.LATTE;
import static dev.adhoc.waittimes.core.testing.CoffeeBar.MOCHA;
import static dev.adhoc.waittimes.core.testing.CoffeeBar.NYC;
import static dev.adhoc.waittimes.core.testing.CoffeeBar.at;
import static dev.adhoc.waittimes.core.testing.CoffeeBar.key;
import static dev.adhoc.waittimes.core.testing.CoffeeBar.order;
import static dev.adhoc.waittimes.core.testing.CoffeeBar.sample;
import static org.assertj.core.api.Assertions.assertThat;

/** The in-memory index keeps the port's promises, or the engine's tests on it would prove nothing. */
class InMemorySampleIndexTest {
    private static final WindowKey LATTES = key(NYC, LATTE);
    private final InMemorySampleIndex index = new InMemorySampleIndex(Clock.fixed(at("12:00:00"), ZoneOffset.UTC));

    private static IndexEntry entry(String order, String at, Long value, long version) {
        return new IndexEntry(LATTES, order(order), value == null ? Optional.empty()
                : Optional.of(new Sample(order(order), at(at), value)), version, at("23:59:59"));
    }

    private List<Sample> read(WindowKey key) {
        List<Sample> samples = new ArrayList<>();
        index.latestFirst(key, 2).forEachRemaining(samples::add);
        return samples;
    }

    @Test
    void reads_latest_first_larger_order_id_first_on_equal_times_and_skips_tombstones() {
        index.write(entry("o1", "12:05:00", 1L, 1));
        index.write(entry("o3", "12:06:00", 3L, 1));
        index.write(entry("o2", "12:05:00", 2L, 1));
        index.write(entry("o4", "12:07:00", null, 1));

        assertThat(read(LATTES)).containsExactly(sample("o3", "12:06:00", 3), sample("o2", "12:05:00", 2),
                sample("o1", "12:05:00", 1));
        assertThat(read(key(NYC, MOCHA))).isEmpty();
    }

    @Test
    void keeps_the_highest_version_per_place_whatever_the_order_of_writes() {
        index.write(entry("o1", "12:05:00", null, 3));
        index.write(entry("o1", "12:05:00", 7L, 2));
        index.write(entry("o1", "12:05:00", 8L, 3));
        assertThat(read(LATTES)).isEmpty();

        index.write(entry("o1", "12:05:00", 9L, 4));
        assertThat(read(LATTES)).containsExactly(sample("o1", "12:05:00", 9));
    }

    @Test
    void reads_page_by_page_and_gives_a_sample_that_moved_between_two_pages_once() {
        index.write(entry("o1", "12:01:00", 1L, 1));
        index.write(entry("o2", "12:02:00", 2L, 1));
        index.write(entry("o3", "12:03:00", 3L, 1));
        index.write(entry("o4", "12:04:00", 4L, 1));
        index.write(entry("o5", "12:05:00", 5L, 1));

        Iterator<Sample> reading = index.latestFirst(LATTES, 2);
        List<Sample> read = new ArrayList<>(List.of(reading.next(), reading.next())); // the first page: o5, o4
        index.write(entry("o5", "12:00:00", 6L, 2)); // o5 moves behind the pages not read yet
        index.write(entry("o0", "11:59:00", 7L, 1));
        reading.forEachRemaining(read::add);

        assertThat(read).extracting(s -> s.orderId().value()).containsExactly("o5", "o4", "o3", "o2", "o1", "o0");
        assertThat(read(LATTES)).extracting(s -> s.orderId().value()).containsExactly("o4", "o3", "o2", "o1", "o5", "o0");
    }

    @Test
    void takes_a_page_size_as_a_hint_however_large() {
        index.write(entry("o1", "12:01:00", 1L, 1));
        List<Sample> read = new ArrayList<>();
        index.latestFirst(LATTES, Integer.MAX_VALUE).forEachRemaining(read::add);
        assertThat(read).containsExactly(sample("o1", "12:01:00", 1));
    }
}
