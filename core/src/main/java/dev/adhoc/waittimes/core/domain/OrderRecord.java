package dev.adhoc.waittimes.core.domain;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.HashSet;
import java.util.Set;

/**
 * What is known of one order: the winning submission, completion and closing (each absent until an event says
 * so), and when the record may be forgotten. Immutable.
 *
 * <p>{@link #merge} keeps, per kind of fact, the earliest occurrence (ties by event id). That makes merging
 * commutative, associative and idempotent: the same events in any order, any number of times, give the same
 * record — the root of the extension's order independence. Storage adapters persist the three facts and the
 * expiry, and must apply {@code merge} atomically per order.
 */
public final class OrderRecord {
    private final TenantId tenant;
    private final OrderId orderId;
    private final Submission submission;
    private final Occurrence completion;
    private final Closing closing;
    private final Instant expiresAt;
    private final Set<Drink> drinksNamed;

    private OrderRecord(TenantId tenant, OrderId orderId, Submission submission, Occurrence completion,
                        Closing closing, Instant expiresAt, Set<Drink> drinksNamed) {
        this.tenant = Objects.requireNonNull(tenant, "tenant");
        this.orderId = Objects.requireNonNull(orderId, "orderId");
        this.submission = submission;
        this.completion = completion;
        this.closing = closing;
        this.expiresAt = expiresAt;
        // Copied only when a drink joins (rare): records are made on every merge, on the hot path.
        if (submission != null && !drinksNamed.contains(submission.drink())) {
            Set<Drink> drinks = new HashSet<>(drinksNamed);
            drinks.add(submission.drink());
            drinksNamed = drinks;
        }
        this.drinksNamed = Set.copyOf(drinksNamed);
    }

    /** @return the record of an order nothing is known of yet */
    public static OrderRecord empty(TenantId tenant, OrderId orderId) {
        return new OrderRecord(tenant, orderId, null, null, null, null, Set.of());
    }

    /**
     * Rebuilds a stored record. Any of the facts and the expiry may be {@code null} (not known).
     *
     * @return the record
     */
    public static OrderRecord restore(TenantId tenant, OrderId orderId, Submission submission, Occurrence completion,
                                      Closing closing, Instant expiresAt) {
        return new OrderRecord(tenant, orderId, submission, completion, closing, expiresAt, Set.of());
    }

    /**
     * Rebuilds a stored record, with every drink its winning submissions ever named ({@link #drinksNamed()}).
     *
     * @return the record
     */
    public static OrderRecord restore(TenantId tenant, OrderId orderId, Submission submission, Occurrence completion,
                                      Closing closing, Instant expiresAt, Set<Drink> drinksNamed) {
        return new OrderRecord(tenant, orderId, submission, completion, closing, expiresAt, drinksNamed);
    }

    /** @return the tenant */
    public TenantId tenant() {
        return tenant;
    }

    /** @return the order */
    public OrderId orderId() {
        return orderId;
    }

    /** @return the winning submission, if one arrived */
    public Optional<Submission> submission() {
        return Optional.ofNullable(submission);
    }

    /** @return the winning completion, if one arrived */
    public Optional<Occurrence> completion() {
        return Optional.ofNullable(completion);
    }

    /** @return the winning cancellation or time-out, if one arrived */
    public Optional<Closing> closing() {
        return Optional.ofNullable(closing);
    }

    /** @return when the record may be forgotten, if it holds anything */
    public Optional<Instant> expiresAt() {
        return Optional.ofNullable(expiresAt);
    }

    /**
     * Every drink that a submission of this order named while it was the winning one: the current drink, and any
     * drink an earlier report displaced. A sample of the order can only ever have been counted in these drinks'
     * windows, so these are the windows to correct when it moves or is withdrawn. Bookkeeping, not a fact: it
     * depends on the order of arrival and is left out of {@link #sameFactsAs}.
     *
     * @return the drinks, empty until a submission arrives
     */
    public Set<Drink> drinksNamed() {
        return drinksNamed;
    }

    /** @return whether no fact is known */
    public boolean isEmpty() {
        return submission == null && completion == null && closing == null;
    }

    /**
     * @param event     an event of this order
     * @param expiresAt the expiry to set if the event changes the record (the later of this and the old one is kept)
     * @return the record with the event's fact if it wins over the known one; this record otherwise
     */
    public OrderRecord merge(OrderEvent event, Instant expiresAt) {
        requireSameOrder(event);
        Submission s = submission;
        Occurrence c = completion;
        Closing x = closing;
        if (event instanceof OrderSubmitted e) {
            s = earliest(s, new Submission(e.drink(), e.occurrence()), Submission.WINNER_FIRST);
        } else if (event instanceof OrderCompleted e) {
            c = earliest(c, e.occurrence(), Comparator.naturalOrder());
        } else if (event instanceof OrderClosed e) {
            x = earliest(x, new Closing(e.reason(), e.occurrence()), Closing.WINNER_FIRST);
        }
        if (Objects.equals(s, submission) && Objects.equals(c, completion) && Objects.equals(x, closing)) {
            return this;
        }
        Instant expiry = this.expiresAt == null || expiresAt.isAfter(this.expiresAt) ? expiresAt : this.expiresAt;
        return new OrderRecord(tenant, orderId, s, c, x, expiry, drinksNamed);
    }

    /** @return whether the event's fact is the one this record keeps (the event is a duplicate or the winner) */
    public boolean holds(OrderEvent event) {
        requireSameOrder(event);
        if (event instanceof OrderSubmitted e) {
            return new Submission(e.drink(), e.occurrence()).equals(submission);
        }
        if (event instanceof OrderCompleted e) {
            return e.occurrence().equals(completion);
        }
        OrderClosed e = (OrderClosed) event;
        return new Closing(e.reason(), e.occurrence()).equals(closing);
    }

    /** @return whether both records know the same facts (the expiry aside) */
    public boolean sameFactsAs(OrderRecord other) {
        return Objects.equals(submission, other.submission) && Objects.equals(completion, other.completion)
                && Objects.equals(closing, other.closing);
    }

    /** @return the order's sample and its window, once both its submission and its completion are known */
    public Optional<KeyedSample> sample() {
        if (submission == null || completion == null) {
            return Optional.empty();
        }
        return Optional.of(new KeyedSample(new WindowKey(tenant, submission.drink()),
                new WaitSample(orderId, submission.occurrence().time(), completion.time())));
    }

    /** @return whether, in this mode, a cancellation or time-out keeps the order out of every window */
    public boolean excludedIn(CompletionMode mode) {
        return mode == CompletionMode.FINISHED && closing != null;
    }

    private void requireSameOrder(OrderEvent event) {
        if (!event.tenant().equals(tenant) || !event.orderId().equals(orderId)) {
            throw new IllegalArgumentException("event of " + event.tenant() + "/" + event.orderId()
                    + " merged into the record of " + tenant + "/" + orderId);
        }
    }

    private static <T> T earliest(T known, T candidate, Comparator<? super T> winnerFirst) {
        return known == null || winnerFirst.compare(candidate, known) < 0 ? candidate : known;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OrderRecord r && tenant.equals(r.tenant) && orderId.equals(r.orderId) && sameFactsAs(r)
                && Objects.equals(expiresAt, r.expiresAt) && drinksNamed.equals(r.drinksNamed);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tenant, orderId, submission, completion, closing, expiresAt, drinksNamed);
    }

    @Override
    public String toString() {
        return "OrderRecord[" + tenant + "/" + orderId + ", submission=" + submission + ", completion=" + completion
                + ", closing=" + closing + ", expiresAt=" + expiresAt + ", drinksNamed=" + drinksNamed + "]";
    }
}
