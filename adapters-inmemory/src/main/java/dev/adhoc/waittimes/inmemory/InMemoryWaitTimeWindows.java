package dev.adhoc.waittimes.inmemory;

import dev.adhoc.waittimes.core.domain.Window;
import dev.adhoc.waittimes.core.domain.WindowKey;
import dev.adhoc.waittimes.core.port.out.WaitTimeWindows;
import dev.adhoc.waittimes.core.port.out.WindowChange;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/** Windows in a concurrent map, updated atomically per key. At most one window per (tenant, drink). */
public final class InMemoryWaitTimeWindows implements WaitTimeWindows {
    private final Map<WindowKey, Window> windows = new ConcurrentHashMap<>();

    @Override
    public WindowChange update(WindowKey key, UnaryOperator<Window> change) {
        Window[] before = new Window[1];
        Window after = windows.compute(key, (k, stored) -> {
            before[0] = stored != null ? stored : Window.empty();
            return change.apply(before[0]);
        });
        return new WindowChange(before[0], after);
    }

    @Override
    public Window current(WindowKey key) {
        return windows.getOrDefault(key, Window.empty());
    }

    /** @return a snapshot of every stored window */
    public Map<WindowKey, Window> all() {
        return Map.copyOf(windows);
    }
}
