package dev.adhoc.waittimes.benchmarks;

import dev.adhoc.waittimes.benchmarks.reference.OrderDurationTable;
import dev.adhoc.waittimes.benchmarks.reference.ReferenceWaitTimes;
import dev.adhoc.waittimes.benchmarks.reference.ReferenceWaitTimes.DrinkAverageTime;
import dev.adhoc.waittimes.core.domain.OrderEvent;
import dev.adhoc.waittimes.core.domain.OrderSubmitted;

import java.util.Optional;

/**
 * The reference extension's port with {@code history} orders already in its table, and the events of the orders
 * to measure, one stream per thread. {@link #reset()} deletes the measured orders' items, so that every shot
 * starts from the same table.
 */
public final class ReferenceBar implements ShotThroughput.Bar {
    private final int history;
    private final OrderDurationTable table = new OrderDurationTable();
    private final ReferenceWaitTimes reference;
    private final CoffeeBar.Shots shots;

    /**
     * @param history         orders in the table before any measurement
     * @param nbItems         {@code NB_ITEMS} (the window size)
     * @param threads         how many threads will each record one shot at the same time
     * @param ordersPerThread orders in each thread's shot (two events each)
     */
    public ReferenceBar(int history, int nbItems, int threads, int ordersPerThread) {
        this.history = history;
        this.reference = new ReferenceWaitTimes(table, nbItems);
        // The table as the state machine leaves it: PutItem and UpdateItem per order. The Lambda's reads change
        // nothing, so loading skips them (with them, loading 1 million orders would take hours).
        CoffeeBar.history(history).forEachRemaining(e -> {
            if (e instanceof OrderSubmitted s) {
                reference.saveSubmitted(s.orderId().value(), s.drink().name(), s.occurrence().time().toString());
            } else {
                table.setCompleted(e.orderId().value(), e.occurrence().time().toString());
            }
        });
        if (table.size() != history) {
            throw new IllegalStateException("history of " + history + " orders left " + table.size() + " items");
        }
        this.shots = CoffeeBar.shots(history, ordersPerThread, threads);
    }

    @Override
    public OrderEvent[] shot(int index) {
        return shots.streams()[index];
    }

    @Override
    public Optional<DrinkAverageTime> record(OrderEvent event) {
        return reference.on(event);
    }

    /** Returns to the table right after the history. */
    @Override
    public void reset() {
        shots.orderIds().forEach(table::deleteItem);
        if (table.size() != history) {
            throw new IllegalStateException("reset left " + table.size() + " items, not " + history);
        }
    }

    /** @return how many items the table holds */
    public int items() {
        return table.size();
    }
}
