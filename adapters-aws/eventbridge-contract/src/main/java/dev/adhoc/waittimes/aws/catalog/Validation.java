package dev.adhoc.waittimes.aws.catalog;

import dev.adhoc.waittimes.core.domain.RejectionReason;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The result of validating one event against the catalog.
 *
 * @param outcome    valid, invalid, or not in the catalog
 * @param entry      the schema the event was validated against; {@code null} when none applies
 * @param violations every way the event breaks its schema; empty unless {@code outcome} is {@code INVALID}
 */
public record Validation(Outcome outcome, CatalogEntry entry, List<Violation> violations) {
    /** How an event fares against the catalog. */
    public enum Outcome {
        /** Its schema accepts it. */
        VALID,
        /** Its schema rejects it, or it is not a JSON object, or it is too large. */
        INVALID,
        /** Its {@code source} and {@code detail-type} name no event of the catalog (other traffic on the bus). */
        NOT_IN_CATALOG
    }

    /** @throws IllegalArgumentException if the violations do not fit the outcome */
    public Validation {
        Objects.requireNonNull(outcome, "outcome");
        violations = List.copyOf(violations);
        if ((outcome == Outcome.INVALID) == violations.isEmpty()) {
            throw new IllegalArgumentException("an invalid event has violations, and only an invalid one: " + outcome);
        }
    }

    static Validation valid(CatalogEntry entry) {
        return new Validation(Outcome.VALID, entry, List.of());
    }

    static Validation notInCatalog() {
        return new Validation(Outcome.NOT_IN_CATALOG, null, List.of());
    }

    static Validation of(CatalogEntry entry, List<Violation> violations) {
        return violations.isEmpty() ? valid(entry) : new Validation(Outcome.INVALID, entry, violations);
    }

    /** @return the schema the event was validated against, if one applies */
    public Optional<CatalogEntry> schema() {
        return Optional.ofNullable(entry);
    }

    /** @return whether the event is not invalid: unknown detail-types are not errors (the extension ignores them) */
    public boolean isValid() {
        return outcome != Outcome.INVALID;
    }

    /** @return whether the event is in the catalog and valid: for callers that treat unknown detail-types as errors */
    public boolean isValidAndKnown() {
        return outcome == Outcome.VALID;
    }

    /** @return the reasons the extension's parser may give for rejecting this event; empty if it is valid */
    public Set<RejectionReason> reasons() {
        return violations.stream().map(Violation::reason)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(RejectionReason.class)));
    }

    /** @return a one-line summary, then one line per violation */
    public String describe() {
        String head = switch (outcome) {
            case VALID -> "valid " + entry.label();
            case NOT_IN_CATALOG -> "not in catalog";
            case INVALID -> "invalid" + (entry == null ? "" : " " + entry.label());
        };
        return violations.isEmpty() ? head
                : head + violations.stream().map(v -> "\n  " + v).collect(Collectors.joining());
    }
}
