package dev.adhoc.waittimes.core.application;

import dev.adhoc.waittimes.core.domain.OrderEvent;
import dev.adhoc.waittimes.core.domain.OrderRecord;
import dev.adhoc.waittimes.core.domain.Rejection;
import dev.adhoc.waittimes.core.waittimes.WaitTimeUpdate;
import dev.adhoc.waittimes.core.engine.Window;
import dev.adhoc.waittimes.core.engine.WindowKey;
import dev.adhoc.waittimes.core.port.out.OrderRecords;
import dev.adhoc.waittimes.core.port.out.RecordChange;
import dev.adhoc.waittimes.core.port.out.SampleIndex;
import dev.adhoc.waittimes.core.port.out.WindowChange;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Single-threaded fakes of the out-ports, for the use case's unit tests. */
final class Fakes {
    private Fakes() {
    }

    static final class Records implements OrderRecords {
        final Map<String, OrderRecord> stored = new HashMap<>();
        Instant lastExpiry;

        @Override
        public RecordChange merge(OrderEvent event, Instant expiresAt) {
            lastExpiry = expiresAt;
            String key = event.tenant() + "/" + event.orderId();
            OrderRecord before = stored.getOrDefault(key, OrderRecord.empty(event.tenant(), event.orderId()));
            OrderRecord after = before.merge(event, expiresAt);
            stored.put(key, after);
            return new RecordChange(before, after);
        }

        @Override
        public java.util.Optional<OrderRecord> find(dev.adhoc.waittimes.core.domain.TenantId tenant,
                                                    dev.adhoc.waittimes.core.domain.OrderId orderId) {
            return java.util.Optional.ofNullable(stored.get(tenant + "/" + orderId));
        }
    }

    /** Windows that can be made to crash before their next write, as a Lambda dying between two writes would. */
    static final class Windows implements WaitTimeWindows {
        final Map<WindowKey, Window> stored = new HashMap<>();
        int updates;
        boolean crashOnNextUpdate;

        @Override
        public WindowChange update(WindowKey key, UnaryOperator<Window> change) {
            if (crashOnNextUpdate) {
                crashOnNextUpdate = false;
                throw new IllegalStateException("crash between the two writes");
            }
            updates++;
            Window before = current(key);
            Window after = change.apply(before);
            stored.put(key, after);
            return new WindowChange(before, after);
        }

        @Override
        public Window current(WindowKey key) {
            return stored.getOrDefault(key, Window.empty());
        }
    }

    static final class Published implements dev.adhoc.waittimes.core.port.out.WaitTimePublisher {
        final List<WaitTimeUpdate> updates = new ArrayList<>();

        @Override
        public void publish(List<WaitTimeUpdate> list) {
            updates.addAll(list);
        }
    }

    static final class Reported implements dev.adhoc.waittimes.core.port.out.RejectionReporter {
        final List<Rejection> rejections = new ArrayList<>();

        @Override
        public void report(Rejection rejection) {
            rejections.add(rejection);
        }
    }
}
