package dev.adhoc.waittimes.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads the EventBridge event fixtures of this module: valid ({@code waiting-completion.json},
 * {@code order-completed.json}, ...), ignored ({@code ignored-*.json}) and hostile ({@code rejected-*}) events of
 * Serverlesspresso's bus. They are class-path resources under {@code dev/adhoc/waittimes/testsupport/events/}, so
 * they read the same from this module's jar as from a checkout. {@link BusEvents} writes the valid ones with
 * values of your choice.
 */
public final class EventFixtures {
    private EventFixtures() {
    }

    /**
     * @param name the fixture's file name, e.g. {@code order-completed.json}
     * @return the fixture's bytes
     * @throws IllegalArgumentException if there is no such fixture
     */
    public static byte[] bytes(String name) {
        try (InputStream in = EventFixtures.class.getResourceAsStream("events/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture events/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param name the fixture's file name, e.g. {@code order-completed.json}
     * @return the fixture's text (UTF-8)
     * @throws IllegalArgumentException if there is no such fixture
     */
    public static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }
}
