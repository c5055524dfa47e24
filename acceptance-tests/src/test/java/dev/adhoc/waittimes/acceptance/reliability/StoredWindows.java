package dev.adhoc.waittimes.acceptance.reliability;

import dev.adhoc.waittimes.acceptance.dsl.BusEvent;
import dev.adhoc.waittimes.acceptance.properties.ReferenceOracle;
import dev.adhoc.waittimes.core.waittimes.WaitTimesService;
import dev.adhoc.waittimes.core.domain.Drink;
import dev.adhoc.waittimes.core.domain.TenantId;
import dev.adhoc.waittimes.core.waittimes.WaitTimeSettings;
import dev.adhoc.waittimes.core.waittimes.WaitTimeUpdate;
import dev.adhoc.waittimes.core.engine.WindowKey;
import dev.adhoc.waittimes.core.waittimes.port.in.ReadWaitTimes;
import dev.adhoc.waittimes.core.engine.port.OrderRecords;
import dev.adhoc.waittimes.core.engine.port.SampleIndex;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The final state as it is stored, read through core's {@link ReadWaitTimes}: with several writers (or lost
 * emissions) the last update seen on the bus need not be the final state, the stored window is.
 */
final class StoredWindows {
    private final ReadWaitTimes read;

    /** @param orders and {@code windows}: the stores to read (any adapter set) */
    StoredWindows(OrderRecords orders, SampleIndex windows, WaitTimeSettings settings) {
        this.read = WaitTimesService.builder().settings(settings).orderRecords(orders).samples(windows).build();
    }

    /** @return the current update of each key that has a counted order, by "tenant/drink" */
    Map<String, WaitTimeUpdate> current(Collection<WindowKey> keys) {
        Map<String, WaitTimeUpdate> current = new TreeMap<>();
        for (WindowKey key : keys) {
            read.current(key).ifPresent(u -> current.put(name(key), u));
        }
        return current;
    }

    /** @return the figures of each key that has a counted order, comparable with {@link ReferenceOracle} */
    Map<String, ReferenceOracle.Expected> figures(Collection<WindowKey> keys) {
        Map<String, ReferenceOracle.Expected> figures = new TreeMap<>();
        current(keys).forEach((name, u) -> figures.put(name, expected(u)));
        return figures;
    }

    /** @return the screen figures of an update, as the oracle states them */
    static ReferenceOracle.Expected expected(WaitTimeUpdate u) {
        return new ReferenceOracle.Expected(BigDecimal.valueOf(u.figures().average().toMillis(), 3),
                u.figures().sampleSize(), u.updateId());
    }

    /** @return every (tenant, drink) a submission of these events names: the keys a run can touch */
    static Set<WindowKey> keysOf(List<BusEvent> events) {
        Set<WindowKey> keys = new TreeSet<>((a, b) -> name(a).compareTo(name(b)));
        for (BusEvent e : events) {
            if (e.kind() == BusEvent.Kind.SUBMITTED) {
                keys.add(key(e.tenant(), e.drink()));
            }
        }
        return keys;
    }

    static WindowKey key(String tenant, String drink) {
        return new WindowKey(new TenantId(tenant), new Drink(drink));
    }

    /** @return "tenant/drink", the oracle's name of a key */
    static String name(WindowKey key) {
        return key.tenant().value() + "/" + key.drink().name();
    }

    /** @return how many keys differ between the two maps (present in one only, or with other figures) */
    static <V> long mismatches(Map<String, V> expected, Map<String, V> actual) {
        Set<String> all = new TreeSet<>(expected.keySet());
        all.addAll(actual.keySet());
        return all.stream().filter(k -> !Objects.equals(expected.get(k), actual.get(k))).count();
    }
}
