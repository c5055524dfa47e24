package dev.adhoc.waittimes.core.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the bus reported about one order: every distinct report of its submission, claim, completion and
 * closing (each kind sorted winner first: the earliest occurrence, ties by event id), a version that counts the
 * changes, and when the record may be forgotten. Immutable.
 *
 * <p>Keeping every distinct report, not only the winners, makes the record a set: the same events in any order, any
 * number of times, give the same record, and what the reports say about each other (two reports that disagree, a
 * completion before a submission) can be found whichever arrives last. A kind holds at most
 * {@value #MAX_REPORTS_PER_KIND} distinct reports; the bus sends one, a conflict a few.
 */
public final class OrderRecord {
    /** Most distinct reports of one kind an order keeps; a further one is rejected ({@code TOO_MANY_REPORTS}). */
    public static final int MAX_REPORTS_PER_KIND = 16;

    private static final Comparator<Occurrence> EARLIEST_FIRST = Comparator.naturalOrder();

    private final TenantId tenant;
    private final OrderId orderId;
    private final List<Submission> submissions;
    private final List<Occurrence> claims;
    private final List<Occurrence> completions;
    private final List<Closing> closings;
    private final long version;
    private final Instant expiresAt;

    private OrderRecord(TenantId tenant, OrderId orderId, List<Submission> submissions, List<Occurrence> claims,
                        List<Occurrence> completions, List<Closing> closings, long version, Instant expiresAt) {
        this.tenant = Objects.requireNonNull(tenant, "tenant");
        this.orderId = Objects.requireNonNull(orderId, "orderId");
        this.submissions = submissions;
        this.claims = claims;
        this.completions = completions;
        this.closings = closings;
        this.version = version;
        this.expiresAt = expiresAt;
    }

    /** @return the record of an order nothing is known of yet (version 0) */
    public static OrderRecord empty(TenantId tenant, OrderId orderId) {
        return new OrderRecord(tenant, orderId, List.of(), List.of(), List.of(), List.of(), 0, null);
    }

    /**
     * Rebuilds a stored record.
     *
     * @param version   how many changes made it (0 for an empty record)
     * @param expiresAt when it may be forgotten, {@code null} if not known
     * @return the record, each kind's reports sorted winner first
     * @throws IllegalArgumentException if a kind holds more than {@value #MAX_REPORTS_PER_KIND} reports
     */
    public static OrderRecord restore(TenantId tenant, OrderId orderId, Collection<Submission> submissions,
                                      Collection<Occurrence> claims, Collection<Occurrence> completions,
                                      Collection<Closing> closings, long version, Instant expiresAt) {
        return new OrderRecord(tenant, orderId, sorted(submissions, Submission.WINNER_FIRST),
                sorted(claims, EARLIEST_FIRST), sorted(completions, EARLIEST_FIRST),
                sorted(closings, Closing.WINNER_FIRST), version, expiresAt);
    }

    /** @return the tenant */
    public TenantId tenant() {
        return tenant;
    }

    /** @return the order */
    public OrderId orderId() {
        return orderId;
    }

    /** @return the winning submission (the earliest), if one arrived */
    public Optional<Submission> submission() {
        return first(submissions);
    }

    /** @return the winning claim by a barista, if one arrived */
    public Optional<Occurrence> claim() {
        return first(claims);
    }

    /** @return the winning completion, if one arrived */
    public Optional<Occurrence> completion() {
        return first(completions);
    }

    /** @return the winning cancellation or time-out, if one arrived */
    public Optional<Closing> closing() {
        return first(closings);
    }

    /** @return every distinct submission report, winner first */
    public List<Submission> submissions() {
        return submissions;
    }

    /** @return every distinct claim report, winner first */
    public List<Occurrence> claims() {
        return claims;
    }

    /** @return every distinct completion report, winner first */
    public List<Occurrence> completions() {
        return completions;
    }

    /** @return every distinct closing report, winner first */
    public List<Closing> closings() {
        return closings;
    }

    /** @return how many merges changed this record: a later version always knows every report an earlier one knew */
    public long version() {
        return version;
    }

    /** @return when the record may be forgotten, if it holds anything */
    public Optional<Instant> expiresAt() {
        return Optional.ofNullable(expiresAt);
    }

    /** @return whether no report is known */
    public boolean isEmpty() {
        return submissions.isEmpty() && claims.isEmpty() && completions.isEmpty() && closings.isEmpty();
    }

    /**
     * @param event     a report of this order
     * @param expiresAt the expiry to set if the report is new (the later of this and the old one is kept)
     * @return this record if it already holds the report; otherwise the record with it, one version later
     * @throws InvalidValueException (TOO_MANY_REPORTS) if the report is new and its kind is full
     */
    public OrderRecord merge(OrderEvent event, Instant expiresAt) {
        requireSameOrder(event);
        if (holds(event)) {
            return this;
        }
        List<Submission> s = submissions;
        List<Occurrence> k = claims;
        List<Occurrence> c = completions;
        List<Closing> x = closings;
        if (event instanceof OrderSubmitted e) {
            s = with(s, new Submission(e.drink(), e.occurrence()), Submission.WINNER_FIRST, "submission");
        } else if (event instanceof OrderClaimed e) {
            k = with(k, e.occurrence(), EARLIEST_FIRST, "claim");
        } else if (event instanceof OrderCompleted e) {
            c = with(c, e.occurrence(), EARLIEST_FIRST, "completion");
        } else if (event instanceof OrderClosed e) {
            x = with(x, new Closing(e.reason(), e.occurrence()), Closing.WINNER_FIRST, "closing");
        }
        Instant expiry = this.expiresAt == null || expiresAt.isAfter(this.expiresAt) ? expiresAt : this.expiresAt;
        return new OrderRecord(tenant, orderId, s, k, c, x, version + 1, expiry);
    }

    /** @return whether this record already holds the event's report */
    public boolean holds(OrderEvent event) {
        requireSameOrder(event);
        if (event instanceof OrderSubmitted e) {
            return submissions.contains(new Submission(e.drink(), e.occurrence()));
        }
        if (event instanceof OrderClaimed e) {
            return claims.contains(e.occurrence());
        }
        if (event instanceof OrderCompleted e) {
            return completions.contains(e.occurrence());
        }
        OrderClosed e = (OrderClosed) event;
        return closings.contains(new Closing(e.reason(), e.occurrence()));
    }

    /** @return whether both records hold the same reports (version and expiry aside) */
    public boolean sameFactsAs(OrderRecord other) {
        return submissions.equals(other.submissions) && claims.equals(other.claims)
                && completions.equals(other.completions) && closings.equals(other.closings);
    }

    private void requireSameOrder(OrderEvent event) {
        if (!event.tenant().equals(tenant) || !event.orderId().equals(orderId)) {
            throw new IllegalArgumentException("event of " + event.tenant() + "/" + event.orderId()
                    + " merged into the record of " + tenant + "/" + orderId);
        }
    }

    private <T> List<T> with(List<T> reports, T report, Comparator<? super T> winnerFirst, String kind) {
        if (reports.size() >= MAX_REPORTS_PER_KIND) {
            throw new InvalidValueException(RejectionReason.TOO_MANY_REPORTS, "order " + orderId + " of " + tenant
                    + " already has " + MAX_REPORTS_PER_KIND + " different " + kind + " reports");
        }
        if (reports.isEmpty()) { // the common case: the first report of its kind
            return List.of(report);
        }
        List<T> more = new ArrayList<>(reports.size() + 1);
        more.addAll(reports);
        more.add(report);
        more.sort(winnerFirst);
        return List.copyOf(more);
    }

    private static <T> List<T> sorted(Collection<T> reports, Comparator<? super T> winnerFirst) {
        List<T> list = new ArrayList<>(reports);
        list.sort(winnerFirst);
        for (int i = 1; i < list.size(); i++) {
            if (list.get(i).equals(list.get(i - 1))) {
                list.remove(i--);
            }
        }
        if (list.size() > MAX_REPORTS_PER_KIND) {
            throw new IllegalArgumentException("more than " + MAX_REPORTS_PER_KIND + " reports of one kind");
        }
        return List.copyOf(list);
    }

    private static <T> Optional<T> first(List<T> reports) {
        return reports.isEmpty() ? Optional.empty() : Optional.of(reports.get(0));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OrderRecord r && tenant.equals(r.tenant) && orderId.equals(r.orderId) && sameFactsAs(r)
                && version == r.version && Objects.equals(expiresAt, r.expiresAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tenant, orderId, submissions, claims, completions, closings, version, expiresAt);
    }

    @Override
    public String toString() {
        return "OrderRecord[" + tenant + "/" + orderId + ", submissions=" + submissions + ", claims=" + claims
                + ", completions=" + completions + ", closings=" + closings + ", version=" + version
                + ", expiresAt=" + expiresAt + "]";
    }
}
