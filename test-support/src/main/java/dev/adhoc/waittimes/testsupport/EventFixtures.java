package dev.adhoc.waittimes.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads the EventBridge event fixtures under {@code events/} (this module's resources): valid, ignored and hostile
 * events, shared by the tests of the contract and of the Lambda.
 */
public final class EventFixtures {
    private EventFixtures() {
    }

    /** @return the fixture's bytes */
    public static byte[] bytes(String name) {
        try (InputStream in = EventFixtures.class.getResourceAsStream("/events/" + name)) {
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
