package dev.adhoc.waittimes.player.wiring;

/** The store or the bus failed for good (after the clients' own retries): the run stops with status 1. */
public final class ExtensionFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String what;
    private final String position;

    /**
     * @param what     {@code "the store"} or {@code "the bus"}
     * @param position the input item being processed
     * @param cause    the failure
     */
    public ExtensionFailedException(String what, String position, Throwable cause) {
        super(what + " failed at " + position + ": " + describe(cause), cause);
        this.what = what;
        this.position = position;
    }

    /** @return {@code "the store"} or {@code "the bus"} */
    public String what() {
        return what;
    }

    /** @return the input item being processed */
    public String position() {
        return position;
    }

    static String describe(Throwable cause) {
        String message = cause.getMessage();
        String text = cause.getClass().getSimpleName() + (message == null ? "" : ": " + message);
        return text.replaceAll("\\p{Cntrl}+", " ");
    }
}
