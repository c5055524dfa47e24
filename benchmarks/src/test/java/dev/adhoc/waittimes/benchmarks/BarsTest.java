package dev.adhoc.waittimes.benchmarks;

import dev.adhoc.waittimes.core.domain.OrderClosed;
import dev.adhoc.waittimes.core.domain.OrderCompleted;
import dev.adhoc.waittimes.core.domain.OrderEvent;
import dev.adhoc.waittimes.core.domain.OrderSubmitted;
import dev.adhoc.waittimes.core.waittimes.WaitTimeUpdate;
import dev.adhoc.waittimes.core.engine.WindowKey;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** What the benchmarks measure: a realistic stream, the history they claim, and the same work in every shot. */
class BarsTest {
    @Test
    void the_bar_is_deterministic_live_and_mixed() {
        List<OrderEvent> events = CoffeeBar.events(0, 2000);

        assertThat(events).hasSize(4000).isEqualTo(CoffeeBar.events(0, 2000));
        for (int i = 1; i < events.size(); i++) {
            assertThat(events.get(i).occurrence().time()).isAfterOrEqualTo(events.get(i - 1).occurrence().time());
        }
        long cancelled = events.stream().filter(OrderClosed.class::isInstance).count();
        assertThat(cancelled).isBetween(60L, 140L); // about 5 %
        assertThat(events.stream().filter(OrderCompleted.class::isInstance).count()).isEqualTo(2000 - cancelled);
        Set<WindowKey> keys = events.stream().filter(OrderSubmitted.class::isInstance).map(OrderSubmitted.class::cast)
                .map(s -> new WindowKey(s.tenant(), s.drink())).collect(Collectors.toSet());
        assertThat(keys).hasSize(CoffeeBar.TENANTS.size() * CoffeeBar.DRINKS.size());
        assertThat(CoffeeBar.order(1234)).isEqualTo(CoffeeBar.order(1234));
    }

    @Test
    void shots_give_each_thread_whole_orders_of_its_own_tenants_in_time_order() {
        CoffeeBar.Shots shots = CoffeeBar.shots(100, 150, 2);
        for (int part = 0; part < 2; part++) {
            OrderEvent[] stream = shots.streams()[part];
            assertThat(stream).hasSize(300);
            assertThat(Arrays.stream(stream).map(OrderEvent::tenant).distinct())
                    .containsExactly(CoffeeBar.TENANTS.get(part));
            assertThat(Arrays.stream(stream).map(CoffeeBar::number).distinct().count()).isEqualTo(150);
            for (int i = 1; i < stream.length; i++) {
                assertThat(stream[i].occurrence().time()).isAfterOrEqualTo(stream[i - 1].occurrence().time());
            }
        }
        assertThat(shots.orderIds()).hasSize(300);
        assertThat(Arrays.stream(shots.streams()).flatMap(Arrays::stream).mapToLong(CoffeeBar::number).max())
                .hasValue(shots.end() - 1);
        assertThat(CoffeeBar.shots(100, 150, 1).streams()[0]).hasSize(300);
    }

    @Test
    void a_thousand_orders_of_history_fill_every_window_of_100() {
        assertThat(new OurBar(1000, 100, 1, 10).windows().values()).hasSize(8)
                .allSatisfy(w -> assertThat(w.figures().sampleSize()).isEqualTo(100));
    }

    @Test
    void our_bar_returns_exactly_to_its_history_between_shots() {
        OurBar bar = new OurBar(1000, 10, 2, 200);
        Map<WindowKey, WaitTimeUpdate> history = bar.windows();
        assertThat(bar.orderRecords()).isEqualTo(1000);

        long updatesPerShot = -1;
        for (int shot = 0; shot < 3; shot++) {
            bar.reset();
            assertThat(bar.orderRecords()).isEqualTo(1000);
            assertThat(bar.windows()).isEqualTo(history);
            long before = bar.updatesPublished();
            for (int thread = 0; thread < 2; thread++) {
                for (OrderEvent e : bar.shot(thread)) {
                    assertThat(bar.record(e).isRejected()).isFalse();
                }
            }
            assertThat(bar.orderRecords()).isEqualTo(1400);
            assertThat(bar.windows()).isNotEqualTo(history);
            long updates = bar.updatesPublished() - before;
            assertThat(updates).isGreaterThan(360); // every completion (about 95 % of 400 orders) changes its window
            if (updatesPerShot >= 0) {
                assertThat(updates).isEqualTo(updatesPerShot);
            }
            updatesPerShot = updates;
        }
    }

    @Test
    void the_reference_bar_returns_exactly_to_its_history_between_shots() {
        ReferenceBar bar = new ReferenceBar(1000, 10, 2, 50);
        for (int shot = 0; shot < 3; shot++) {
            bar.reset();
            assertThat(bar.items()).isEqualTo(1000);
            long averages = 0;
            for (int thread = 0; thread < 2; thread++) {
                for (OrderEvent e : bar.shot(thread)) {
                    averages += bar.record(e).isPresent() ? 1 : 0;
                }
            }
            assertThat(averages).isEqualTo(100); // one per finished order
            assertThat(bar.items()).isEqualTo(1100);
        }
    }
}
