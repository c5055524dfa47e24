package dev.adhoc.waittimes.core.engine;

import dev.adhoc.waittimes.core.domain.OrderEvent;
import dev.adhoc.waittimes.core.testing.InMemoryOrderRecords;
import dev.adhoc.waittimes.core.testing.InMemorySampleIndex;
import dev.adhoc.waittimes.core.waittimes.WaitFigures;
import dev.adhoc.waittimes.core.waittimes.WaitTimeSettings;
import dev.adhoc.waittimes.core.waittimes.WaitTimesService;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static dev.adhoc.waittimes.core.testing.CoffeeBar.at;

/** The wait-times engine on the two fakes, as the scenarios drive it. */
final class Bar {
    final InMemoryOrderRecords records = new InMemoryOrderRecords();
    final InMemorySampleIndex index = new InMemorySampleIndex();
    final Engine<WaitFigures> engine;

    Bar(WaitTimeSettings settings) {
        this(WaitTimesService.configuration(settings));
    }

    Bar(Configuration<WaitFigures> configuration) {
        engine = new Engine<>(configuration, records, index, Clock.fixed(at("12:00:00"), ZoneOffset.UTC));
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
