package dev.adhoc.waittimes.aws.lambda;

import dev.adhoc.waittimes.core.domain.OrderEvent;
import dev.adhoc.waittimes.core.domain.OrderRecord;
import dev.adhoc.waittimes.core.domain.Window;
import dev.adhoc.waittimes.core.domain.WindowKey;
import dev.adhoc.waittimes.core.port.out.OrderRecords;
import dev.adhoc.waittimes.core.port.out.RecordChange;
import dev.adhoc.waittimes.core.port.out.WaitTimeWindows;
import dev.adhoc.waittimes.core.port.out.WindowChange;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Tiny single-threaded fakes of the two storage ports, for the handler's unit tests; they count their calls. */
final class FakeStorage {
    private FakeStorage() {
    }

    /** Order records in a map; {@link #failWith} makes every merge throw, like an unreachable table. */
    static final class Records implements OrderRecords {
        private final Map<List<String>, OrderRecord> records = new HashMap<>();
        private RuntimeException failure;
        int merges;

        void failWith(RuntimeException e) {
            this.failure = e;
        }

        @Override
        public RecordChange merge(OrderEvent event, Instant expiresAt) {
            merges++;
            if (failure != null) {
                throw failure;
            }
            List<String> key = List.of(event.tenant().value(), event.orderId().value());
            OrderRecord before = records.getOrDefault(key, OrderRecord.empty(event.tenant(), event.orderId()));
            OrderRecord after = before.merge(event, expiresAt);
            records.put(key, after);
            return new RecordChange(before, after);
        }

        @Override
        public java.util.Optional<OrderRecord> find(dev.adhoc.waittimes.core.domain.TenantId tenant,
                                                    dev.adhoc.waittimes.core.domain.OrderId orderId) {
            return java.util.Optional.ofNullable(records.get(List.of(tenant.value(), orderId.value())));
        }
    }

    /** Windows in a map. */
    static final class Windows implements WaitTimeWindows {
        private final Map<WindowKey, Window> windows = new HashMap<>();
        int updates;

        @Override
        public WindowChange update(WindowKey key, UnaryOperator<Window> change) {
            updates++;
            Window before = current(key);
            Window after = change.apply(before);
            windows.put(key, after);
            return new WindowChange(before, after);
        }

        @Override
        public Window current(WindowKey key) {
            return windows.getOrDefault(key, Window.empty());
        }
    }
}
