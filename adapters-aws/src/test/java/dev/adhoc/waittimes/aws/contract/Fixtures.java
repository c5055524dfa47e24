package dev.adhoc.waittimes.aws.contract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the JSON fixtures under {@code src/test/resources/events/}. */
public final class Fixtures {
    private Fixtures() {
    }

    /** @return the fixture's bytes */
    public static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/events/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture events/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the fixture's text */
    public static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }
}
