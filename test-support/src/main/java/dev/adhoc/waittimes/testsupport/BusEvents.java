package dev.adhoc.waittimes.testsupport;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serverlesspresso's order events as the core app puts them on its EventBridge bus, for tests: each is one of the
 * {@link EventFixtures} (every field the app sends) with the tenant, order, drink, time and event id of your choice.
 *
 * <pre>{@code
 * String submitted = BusEvents.submitted("NYC", "order-1", "Caffe Latte")
 *         .at(Instant.parse("2026-11-27T12:00:00Z")).json();
 * String completed = BusEvents.completed("NYC", "order-1").at(Instant.parse("2026-11-27T12:02:30Z")).json();
 * }</pre>
 *
 * <p>Without {@link Event#id(String)} an event's id is {@code <kind>-<tenant>-<order>}: the same event written twice
 * is a redelivery. Without {@link Event#at(Instant)} its time is the fixture's.
 */
public final class BusEvents {
    private BusEvents() {
    }

    /**
     * @return {@code OrderManager.WaitingCompletion}: the order is submitted, for a drink
     *         (fixture {@code waiting-completion.json})
     */
    public static Event submitted(String tenant, String orderId, String drink) {
        return new Event("submitted", "waiting-completion.json", tenant, orderId,
                Objects.requireNonNull(drink, "drink"), null, null);
    }

    /** @return {@code OrderManager.MakeOrder}: a barista claims the order (fixture {@code make-order.json}) */
    public static Event claimed(String tenant, String orderId) {
        return new Event("claimed", "make-order.json", tenant, orderId, null, null, null);
    }

    /**
     * @return {@code OrderManager.Order<tenant>-COMPLETED}: the drink is ready
     *         (fixture {@code order-state-completed.json})
     */
    public static Event completed(String tenant, String orderId) {
        return new Event("completed", "order-state-completed.json", tenant, orderId, null, null, null);
    }

    /**
     * @return {@code OrderManager.Order<tenant>-CANCELLED}: the order is cancelled
     *         (fixture {@code order-state-cancelled.json})
     */
    public static Event cancelled(String tenant, String orderId) {
        return new Event("cancelled", "order-state-cancelled.json", tenant, orderId, null, null, null);
    }

    /** @return {@code OrderProcessor.OrderTimeOut}: the order timed out (fixture {@code order-timeout.json}) */
    public static Event timedOut(String tenant, String orderId) {
        return new Event("timed-out", "order-timeout.json", tenant, orderId, null, null, null);
    }

    /** One event to write; immutable. */
    public static final class Event {
        /** The tenant every fixture is written for. */
        private static final String FIXTURE_TENANT = "NYC";

        private final String kind;
        private final String fixture;
        private final String tenant;
        private final String orderId;
        private final String drink;
        private final Instant time;
        private final String id;

        private Event(String kind, String fixture, String tenant, String orderId, String drink, Instant time,
                      String id) {
            this.kind = kind;
            this.fixture = fixture;
            this.tenant = Objects.requireNonNull(tenant, "tenant");
            this.orderId = Objects.requireNonNull(orderId, "orderId");
            this.drink = drink;
            this.time = time;
            this.id = id;
        }

        /** @return the same event, at this time (the envelope's {@code time}) */
        public Event at(Instant time) {
            return new Event(kind, fixture, tenant, orderId, drink, Objects.requireNonNull(time, "time"), id);
        }

        /** @return the same event, with this EventBridge event id (the envelope's {@code id}) */
        public Event id(String id) {
            return new Event(kind, fixture, tenant, orderId, drink, time, Objects.requireNonNull(id, "id"));
        }

        /** @return the event's EventBridge id */
        public String eventId() {
            return id != null ? id : kind + "-" + tenant + "-" + orderId;
        }

        /** @return the EventBridge event as JSON text */
        public String json() {
            String json = EventFixtures.text(fixture);
            json = replace(json, "id", eventId(), true);
            if (time != null) {
                json = replace(json, "time", time.toString(), true);
            }
            json = replace(json, "detail-type", null, true);
            json = replace(json, "orderId", orderId, true);
            json = replace(json, "eventId", tenant, true);
            json = replace(json, "ORDERSTATE", null, false);
            if (drink != null) {
                json = replace(json, "drink", drink, true);
            }
            return json;
        }

        /**
         * Replaces the value of the first string field named {@code key}; a null value puts the tenant in place of
         * the fixture's in the old value (detail-type, ORDERSTATE).
         */
        private String replace(String json, String key, String value, boolean required) {
            Matcher m = Pattern.compile("\"" + Pattern.quote(key) + "\": \"([^\"\\\\]*)\"").matcher(json);
            if (!m.find()) {
                if (required) {
                    throw new IllegalStateException("fixture " + fixture + " has no string field " + key);
                }
                return json;
            }
            String replaced = value != null ? value : m.group(1).replace(FIXTURE_TENANT, tenant);
            return json.substring(0, m.start()) + "\"" + key + "\": \"" + escape(replaced) + "\""
                    + json.substring(m.end());
        }

        /** @return the JSON text of the event */
        @Override
        public String toString() {
            return json();
        }
    }

    /** @return the text as the content of a JSON string */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
