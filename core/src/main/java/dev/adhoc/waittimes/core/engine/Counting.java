package dev.adhoc.waittimes.core.engine;

import dev.adhoc.waittimes.core.domain.Drink;
import dev.adhoc.waittimes.core.domain.Occurrence;
import dev.adhoc.waittimes.core.domain.OrderRecord;
import dev.adhoc.waittimes.core.domain.RejectionReason;
import dev.adhoc.waittimes.core.domain.Submission;
import dev.adhoc.waittimes.core.domain.TenantId;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * What an extension counts: from an order's record, which window its sample goes to, the sample's value, and which
 * reports are rejected. The engine does the rest: it places a counted order's sample in its key's window at the
 * order's completion time (its earliest completion report), and withdraws it when it stops counting.
 */
public interface Counting {
    /**
     * @param tenant the order's tenant
     * @param drink  the drink of one of its submission reports; empty while none is known
     * @return the key of the window an order with that drink counts in, or empty if it cannot count without it
     */
    Optional<WindowKey> key(TenantId tenant, Optional<Drink> drink);

    /**
     * @param record an order with at least one completion report (its winning facts are what count)
     * @return the sample's value, or empty if the order does not count (yet, or any more)
     */
    OptionalLong value(OrderRecord record);

    /**
     * A rule on a submission report and a completion report of one order (a negative wait, a wait above a ceiling).
     * When the winning pair breaks it the order does not count; every pair of reports that breaks it is rejected.
     *
     * @param submission a submission report
     * @param completion a completion report of the same order
     * @return what is wrong with the pair, if anything
     */
    default Optional<Violation> check(Submission submission, Occurrence completion) {
        return Optional.empty();
    }

    /**
     * A counting from two functions, for an extension that rejects no pair of reports: e.g.
     * {@code Counting.of((tenant, drink) -> Optional.of(WindowKey.tenantWide(tenant)), order -> OptionalLong.of(1))}
     * counts every completed order once per tenant.
     *
     * @param key   {@link #key}
     * @param value {@link #value}
     * @return the counting
     */
    static Counting of(BiFunction<TenantId, Optional<Drink>, Optional<WindowKey>> key,
                       Function<OrderRecord, OptionalLong> value) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        return new Counting() {
            @Override
            public Optional<WindowKey> key(TenantId tenant, Optional<Drink> drink) {
                return key.apply(tenant, drink);
            }

            @Override
            public OptionalLong value(OrderRecord record) {
                return value.apply(record);
            }
        };
    }

    /**
     * Why a pair of reports is rejected.
     *
     * @param reason  the typed reason
     * @param message what is wrong, in words a user can act on
     */
    record Violation(RejectionReason reason, String message) {
        /** @throws NullPointerException if a component is null */
        public Violation {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(message, "message");
        }
    }
}
