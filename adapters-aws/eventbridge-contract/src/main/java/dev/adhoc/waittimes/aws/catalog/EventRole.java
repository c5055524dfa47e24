package dev.adhoc.waittimes.aws.catalog;

import java.util.Arrays;

/** What the extension does with an event of the catalog: the {@code x-role} annotation of its schema. */
public enum EventRole {
    /** The extension reads it (a submission, completion or closing). */
    CONSUMED("consumed"),
    /** Part of the order lifecycle, known and catalogued, but ignored by the extension. */
    KNOWN("known"),
    /** The extension puts it on the bus. */
    EMITTED("emitted");

    private final String annotation;

    EventRole(String annotation) {
        this.annotation = annotation;
    }

    /** @return the value of {@code x-role} in a schema */
    public String annotation() {
        return annotation;
    }

    /**
     * @param annotation the value of {@code x-role}
     * @return the role it names
     * @throws IllegalArgumentException if it names none
     */
    public static EventRole fromAnnotation(String annotation) {
        return Arrays.stream(values()).filter(r -> r.annotation.equals(annotation)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown x-role: " + annotation));
    }
}
