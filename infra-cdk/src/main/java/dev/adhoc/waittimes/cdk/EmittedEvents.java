package dev.adhoc.waittimes.cdk;

import java.util.List;

/**
 * The events the deployed extension puts on the bus: the workflow's role may put these and nothing else, so that it
 * can never forge an event of the core app (such as an order's completion, which its own rule would consume), nor an
 * event of another extension.
 */
public final class EmittedEvents {
    /** The source of every emitted event (the core app's own, so its forwarding rules pick the events up). */
    public static final String SOURCE = OrderEventPattern.SOURCE;

    private EmittedEvents() {
    }

    /**
     * Every detail-type the extension's function may return entries for: the events catalog's events emitted by it.
     * A test keeps this equal to the catalog, so an event an extension adds cannot be forgotten here.
     *
     * @param extension the deployed extension
     * @return its emitted detail-types
     */
    public static List<String> detailTypes(Extension extension) {
        return extension.emittedDetailTypes();
    }
}
