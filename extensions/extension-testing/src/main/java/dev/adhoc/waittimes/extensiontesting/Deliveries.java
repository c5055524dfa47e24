package dev.adhoc.waittimes.extensiontesting;

import dev.adhoc.waittimes.core.domain.OrderEvent;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/** How the bus delivers generated reports, each at one or more positions (more than one: a duplicate). */
public final class Deliveries {
    private Deliveries() {
    }

    /**
     * @param reports   every report once, in generation order
     * @param event     a report's event
     * @param positions a report's positions in the delivery
     * @param <R>       a report
     * @return the delivery: every report's event at each of its positions, ties in generation order
     */
    public static <R> List<OrderEvent> inOrder(List<R> reports, Function<R, OrderEvent> event,
                                               Function<R, List<Integer>> positions) {
        record Placed(int position, int seq, OrderEvent event) {
        }
        List<Placed> all = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            for (int position : positions.apply(reports.get(i))) {
                all.add(new Placed(position, i, event.apply(reports.get(i))));
            }
        }
        all.sort(Comparator.comparingInt(Placed::position).thenComparingInt(Placed::seq));
        return all.stream().map(Placed::event).toList();
    }
}
