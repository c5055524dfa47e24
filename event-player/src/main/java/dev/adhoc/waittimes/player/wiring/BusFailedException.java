package dev.adhoc.waittimes.player.wiring;

/** Wraps a failure of the bus publisher, so that the pipeline tells it apart from a store failure. */
final class BusFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BusFailedException(RuntimeException cause) {
        super(cause);
    }
}
