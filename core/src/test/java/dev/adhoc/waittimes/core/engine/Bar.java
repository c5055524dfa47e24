package dev.adhoc.waittimes.core.engine;

import dev.adhoc.waittimes.core.domain.OrderEvent;
import dev.adhoc.waittimes.core.memory.InMemoryOrderRecords;
import dev.adhoc.waittimes.core.memory.InMemorySampleIndex;
import dev.adhoc.waittimes.core.testing.CrashingSampleIndex;
import dev.adhoc.waittimes.core.waittimes.WaitFigures;
import dev.adhoc.waittimes.core.waittimes.WaitTimeSettings;
import dev.adhoc.waittimes.core.waittimes.WaitTimesService;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static dev.adhoc.waittimes.core.testing.CoffeeBar.at;

/** The wait-times engine on the in-memory stores, as the scenarios drive it; its index can be told to crash. */
final class Bar {
    private static final Clock NOON = Clock.fixed(at("12:00:00"), ZoneOffset.UTC);

    final InMemoryOrderRecords records = new InMemoryOrderRecords(NOON);
    final CrashingSampleIndex index = new CrashingSampleIndex(new InMemorySampleIndex(NOON));
    final Engine<WaitFigures> engine;

    Bar(WaitTimeSettings settings) {
        this(WaitTimesService.configuration(settings));
    }

    Bar(Configuration<WaitFigures> configuration) {
        engine = new Engine<>(configuration, records, index, NOON);
    }

    /** Records the events in order; @return what the last one did */
    Recorded<WaitFigures> record(OrderEvent... events) {
        Recorded<WaitFigures> last = null;
        for (OrderEvent e : events) {
            last = engine.record(e);
        }
        return last;
    }

    /** @return the key's window as {@code current} reads it, latest first */
    List<Sample> window(WindowKey key) {
        return engine.current(key).map(u -> u.window().samples()).orElse(List.of());
    }

    Optional<Update<WaitFigures>> current(WindowKey key) {
        return engine.current(key);
    }
}
