package dev.adhoc.waittimes.cdk;

import java.util.List;

/**
 * The events the extension puts on the bus: the workflow's role may put these and nothing else, so that it can
 * never forge an event of the core app (such as an order's completion, which its own rule would consume).
 */
public final class EmittedEvents {
    /** The source of every emitted event (the core app's own, so its forwarding rules pick the events up). */
    public static final String SOURCE = OrderEventPattern.SOURCE;

    /**
     * Every detail-type the deployed Lambda may return entries for: the events catalog's emitted events. A test keeps
     * this list equal to the catalog, so an event a later extension adds cannot be forgotten here.
     */
    public static final List<String> DETAIL_TYPES = List.of("OrderManager.DrinkAverageTime");

    private EmittedEvents() {
    }
}
