package dev.adhoc.waittimes.aws.contract;

import dev.adhoc.waittimes.aws.contract.ConsumedDetailTypes.Consumed;
import dev.adhoc.waittimes.aws.contract.ConsumedDetailTypes.Kind;
import dev.adhoc.waittimes.core.waittimes.CompletionMode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which detail-types a parser consumes, and as which {@link Kind}: exact names ({@code OrderManager.MakeOrder}) and
 * names with one {@value #TENANT} placeholder ({@code OrderManager.Order<tenant>-COMPLETED}), whose tenant must then
 * equal the event's {@code detail.eventId}. Every other detail-type is ignored. Immutable and thread-safe.
 *
 * <p>{@link #defaults(CompletionMode)} is the Serverlesspresso contract ({@link ConsumedDetailTypes}); an extension
 * adds or replaces detail-types on a copy of it ({@link #toBuilder()}), or starts from an empty {@link #builder()}.
 * An exact name wins over a placeholder name that also matches; placeholder names are tried in registration order.
 */
public final class DetailTypeRegistry {
    /** The placeholder for the tenant in a registered detail-type. */
    public static final String TENANT = "<tenant>";

    private static final Map<CompletionMode, DetailTypeRegistry> DEFAULTS = new LinkedHashMap<>();

    static {
        for (CompletionMode mode : CompletionMode.values()) {
            Builder b = builder()
                    .register(ConsumedDetailTypes.WAITING_COMPLETION, Kind.SUBMITTED)
                    .register(ConsumedDetailTypes.MAKE_ORDER, Kind.CLAIMED)
                    .register("OrderManager.Order" + TENANT + "-COMPLETED", Kind.COMPLETED)
                    .register(ConsumedDetailTypes.ORDER_COMPLETED, Kind.COMPLETED)
                    .register("OrderManager.Order" + TENANT + "-CANCELLED", Kind.CANCELLED)
                    .register(ConsumedDetailTypes.ORDER_CANCELLED, Kind.CANCELLED)
                    .register(ConsumedDetailTypes.ORDER_TIME_OUT, Kind.TIMED_OUT);
            if (mode == CompletionMode.FINISHED) {
                b.register(ConsumedDetailTypes.ORDER_FINISHED, Kind.COMPLETED);
            }
            DEFAULTS.put(mode, b.build());
        }
    }

    /**
     * One registered detail-type.
     *
     * @param detailType the exact name, or a name with one {@value #TENANT} placeholder
     * @param kind       what an event of that detail-type means
     */
    public record Registration(String detailType, Kind kind) {
        /** @throws NullPointerException if a component is null */
        public Registration {
            Objects.requireNonNull(detailType, "detailType");
            Objects.requireNonNull(kind, "kind");
        }

        /** @return whether the name has a tenant placeholder */
        public boolean namesTheTenant() {
            return detailType.contains(TENANT);
        }
    }

    private final List<Registration> registrations;
    private final Map<String, Kind> exact;
    private final List<Registration> withTenant;
    private final List<Pattern> tenantPatterns;

    private DetailTypeRegistry(Map<String, Registration> registrations) {
        Map<String, Kind> names = new LinkedHashMap<>();
        List<Registration> templates = new ArrayList<>();
        List<Pattern> patterns = new ArrayList<>();
        for (Registration r : registrations.values()) {
            if (r.namesTheTenant()) {
                int at = r.detailType().indexOf(TENANT);
                // The tenant may itself contain the text around it ('-'): the rest is anchored at both ends.
                patterns.add(Pattern.compile(Pattern.quote(r.detailType().substring(0, at)) + "(.*)"
                        + Pattern.quote(r.detailType().substring(at + TENANT.length()))));
                templates.add(r);
            } else {
                names.put(r.detailType(), r.kind());
            }
        }
        this.exact = Map.copyOf(names);
        this.withTenant = List.copyOf(templates);
        this.tenantPatterns = List.copyOf(patterns);
        this.registrations = List.copyOf(registrations.values());
    }

    /**
     * @param mode which events complete an order
     * @return the Serverlesspresso contract in that mode (the table of {@link ConsumedDetailTypes})
     */
    public static DetailTypeRegistry defaults(CompletionMode mode) {
        return DEFAULTS.get(Objects.requireNonNull(mode, "mode"));
    }

    /** @return a builder with nothing registered */
    public static Builder builder() {
        return new Builder(List.of());
    }

    /** @return a builder holding this registry's detail-types, to add to or change */
    public Builder toBuilder() {
        return new Builder(registrations);
    }

    /** @return every registered detail-type, in registration order */
    public List<Registration> registrations() {
        return registrations;
    }

    /**
     * @param detailType an event's {@code detail-type}
     * @return what it means, with the tenant its name carries if it was registered with {@value #TENANT}; empty if
     *         it is not registered (the event is ignored)
     */
    public Optional<Consumed> classify(String detailType) {
        Objects.requireNonNull(detailType, "detailType");
        Kind kind = exact.get(detailType);
        if (kind != null) {
            return Optional.of(new Consumed(kind, Optional.empty()));
        }
        for (int i = 0; i < tenantPatterns.size(); i++) {
            Matcher m = tenantPatterns.get(i).matcher(detailType);
            if (m.matches()) {
                return Optional.of(new Consumed(withTenant.get(i).kind(), Optional.of(m.group(1))));
            }
        }
        return Optional.empty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DetailTypeRegistry r && registrations.equals(r.registrations);
    }

    @Override
    public int hashCode() {
        return registrations.hashCode();
    }

    @Override
    public String toString() {
        return "DetailTypeRegistry" + registrations;
    }

    /** Builds a {@link DetailTypeRegistry}. Not thread-safe. */
    public static final class Builder {
        private final Map<String, Registration> registrations = new LinkedHashMap<>();

        private Builder(List<Registration> initial) {
            initial.forEach(r -> registrations.put(r.detailType(), r));
        }

        /**
         * Registers a detail-type, or changes the kind of one already registered (it keeps its place).
         *
         * @param detailType the exact name, or a name with one {@value #TENANT} placeholder and some text around it
         * @param kind       what an event of that detail-type means
         * @return this builder
         * @throws IllegalArgumentException if the name is blank, has control characters or whitespace, more than
         *                                  one placeholder, or nothing but the placeholder
         */
        public Builder register(String detailType, Kind kind) {
            Objects.requireNonNull(detailType, "detailType");
            Objects.requireNonNull(kind, "kind");
            if (detailType.isEmpty() || detailType.chars().anyMatch(c -> Character.isWhitespace(c)
                    || Character.isISOControl(c))) {
                throw new IllegalArgumentException("a detail-type must be a non-empty name without whitespace or "
                        + "control characters: " + Excerpts.quote(detailType));
            }
            int first = detailType.indexOf(TENANT);
            if (first >= 0 && detailType.indexOf(TENANT, first + 1) >= 0) {
                throw new IllegalArgumentException("a detail-type may name the tenant once: "
                        + Excerpts.quote(detailType));
            }
            if (detailType.equals(TENANT)) {
                throw new IllegalArgumentException("a detail-type needs a name around " + TENANT
                        + ", else it would match every event");
            }
            registrations.put(detailType, new Registration(detailType, kind));
            return this;
        }

        /**
         * Stops consuming a detail-type: its events are then ignored.
         *
         * @param detailType a name as registered (with its {@value #TENANT} placeholder if it has one)
         * @return this builder
         * @throws IllegalArgumentException if the name is not registered
         */
        public Builder unregister(String detailType) {
            if (registrations.remove(Objects.requireNonNull(detailType, "detailType")) == null) {
                throw new IllegalArgumentException("not registered: " + Excerpts.quote(detailType));
            }
            return this;
        }

        /** @return the registry */
        public DetailTypeRegistry build() {
            return new DetailTypeRegistry(registrations);
        }
    }
}
