package dev.adhoc.waittimes.extensiontesting;

import dev.adhoc.waittimes.core.domain.OrderEvent;
import dev.adhoc.waittimes.core.domain.OrderSubmitted;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** How the bus delivers generated reports, each at one or more positions (more than one: a duplicate). */
public final class Deliveries {
    private Deliveries() {
    }

    /**
     * One report and where the bus delivers it.
     *
     * @param event     the report
     * @param positions its positions in the delivery (more than one: a duplicate)
     */
    public record Report(OrderEvent event, List<Integer> positions) {
        @Override
        public String toString() {
            return describe(event) + " at " + positions;
        }
    }

    /**
     * @param reports every report once, in generation order
     * @return the delivery: every report's event at each of its positions, ties in generation order
     */
    public static List<OrderEvent> inOrder(List<Report> reports) {
        record Placed(int position, int seq, OrderEvent event) {
        }
        List<Placed> all = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            for (int position : reports.get(i).positions()) {
                all.add(new Placed(position, i, reports.get(i).event()));
            }
        }
        all.sort(Comparator.comparingInt(Placed::position).thenComparingInt(Placed::seq));
        return all.stream().map(Placed::event).toList();
    }

    /**
     * @param e a report
     * @return it in a line, for the report of a failed property: {@code NYC/o1 OrderSubmitted Mocha 12:03:00 (e1)}
     */
    public static String describe(OrderEvent e) {
        String what = e.getClass().getSimpleName() + (e instanceof OrderSubmitted s ? " " + s.drink().name() : "");
        return e.tenant() + "/" + e.orderId() + " " + what + " " + e.occurrence().time().toString().substring(11, 19)
                + " (" + e.occurrence().eventId() + ")";
    }
}
