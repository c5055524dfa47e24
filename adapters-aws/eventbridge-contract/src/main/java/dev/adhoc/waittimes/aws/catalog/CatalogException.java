package dev.adhoc.waittimes.aws.catalog;

/** The catalog's own files are missing or malformed: a build defect, never a property of an event. */
public class CatalogException extends RuntimeException {
    /**
     * @param message what is wrong, naming the file
     * @param cause   the underlying failure, or {@code null}
     */
    public CatalogException(String message, Throwable cause) {
        super(message, cause);
    }

    /** @param message what is wrong, naming the file */
    public CatalogException(String message) {
        super(message);
    }
}
