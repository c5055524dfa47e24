package dev.adhoc.waittimes.core.application;

import dev.adhoc.waittimes.core.domain.Drink;
import dev.adhoc.waittimes.core.domain.KeyedSample;
import dev.adhoc.waittimes.core.domain.LatestCompletions;
import dev.adhoc.waittimes.core.domain.OrderClaimed;
import dev.adhoc.waittimes.core.domain.OrderClosed;
import dev.adhoc.waittimes.core.domain.OrderEvent;
import dev.adhoc.waittimes.core.domain.OrderRecord;
import dev.adhoc.waittimes.core.domain.Rejection;
import dev.adhoc.waittimes.core.domain.RejectionReason;
import dev.adhoc.waittimes.core.domain.WaitTimeSettings;
import dev.adhoc.waittimes.core.domain.WaitTimeUpdate;
import dev.adhoc.waittimes.core.domain.Window;
import dev.adhoc.waittimes.core.domain.WindowKey;
import dev.adhoc.waittimes.core.domain.WindowPolicy;
import dev.adhoc.waittimes.core.port.in.Outcome;
import dev.adhoc.waittimes.core.port.in.ReadWaitTimes;
import dev.adhoc.waittimes.core.port.in.RecordOrderEvent;
import dev.adhoc.waittimes.core.port.out.OrderRecords;
import dev.adhoc.waittimes.core.port.out.RecordChange;
import dev.adhoc.waittimes.core.port.out.RejectionReporter;
import dev.adhoc.waittimes.core.port.out.WaitTimePublisher;
import dev.adhoc.waittimes.core.port.out.WaitTimeWindows;
import dev.adhoc.waittimes.core.port.out.WindowChange;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The wait-times use cases: {@link RecordOrderEvent} and {@link ReadWaitTimes}. Build one with {@link #builder()}.
 *
 * <p>Recording an event takes two steps, each atomic on its own, so no transaction is needed:
 * <ol>
 *   <li>merge the event's fact into its order's record ({@link OrderRecords#merge});</li>
 *   <li>if the order's sample appeared, changed or must leave, update the window(s) it may be in, each computed
 *       from the record as stored when the window is read ({@link OrderRecords#find}).</li>
 * </ol>
 * A crash between the two leaves a record whose window was not updated; the retry of the same event finds its
 * fact already stored (a duplicate of the winning fact) and re-applies step 2, which is idempotent. So a
 * duplicate changes nothing, and a retry completes what a crash left undone.
 */
public final class WaitTimesService implements RecordOrderEvent, ReadWaitTimes {
    private final WaitTimeSettings settings;
    private final WindowPolicy policy;
    private final OrderRecords orders;
    private final WaitTimeWindows windows;
    private final WaitTimePublisher publisher;
    private final RejectionReporter rejections;
    private final Clock clock;

    private WaitTimesService(Builder b) {
        this.settings = b.settings;
        this.policy = b.policy != null ? b.policy : new LatestCompletions(b.settings.windowSize());
        this.orders = Objects.requireNonNull(b.orders, "orderRecords");
        this.windows = Objects.requireNonNull(b.windows, "windows");
        this.publisher = b.publisher;
        this.rejections = b.rejections;
        this.clock = b.clock;
    }

    /** @return a builder; order records and windows are required, everything else has a default */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the settings in use */
    public WaitTimeSettings settings() {
        return settings;
    }

    /** @return the window policy in use */
    public WindowPolicy policy() {
        return policy;
    }

    @Override
    public Outcome record(OrderEvent event) {
        Objects.requireNonNull(event, "event");
        if (event instanceof OrderClaimed) {
            return Outcome.accepted(List.of()); // a claim changes no wait: submission to completion
        }
        Instant now = clock.instant();
        Instant lastSeen = event.occurrence().time().isAfter(now) ? event.occurrence().time() : now;
        RecordChange change = orders.merge(event, lastSeen.plus(settings.orderRetention()));
        OrderRecord after = change.after();
        if (!change.changed() && !after.holds(event)) {
            return Outcome.accepted(List.of()); // lost a disagreement to an earlier event: nothing to do
        }
        // The wait is checked once: it decides both the rejection and whether the sample counts (as counted() would).
        Optional<Rejection> badWait = after.sample().flatMap(c -> invalidWait(c, event.occurrence().eventId()));
        Optional<Rejection> invalid = event instanceof OrderClosed ? Optional.empty() : badWait;
        Optional<KeyedSample> countedAfter = badWait.isPresent() ? Optional.empty()
                : after.sample().filter(c -> !after.excludedIn(settings.completionMode()));
        List<WaitTimeUpdate> updates = new ArrayList<>();
        for (WindowKey key : keysToUpdate(change, countedAfter)) {
            // The window is computed from the order's record as stored now, read after the window itself: a
            // concurrent merge of a conflicting report is then either seen here, or its own window update comes
            // after ours and sees our write (its optimistic version check fails otherwise). Computing it from our
            // own merge's result instead could let a losing report's wait overwrite the winner's.
            WindowChange w = windows.update(key, window -> {
                OrderRecord stored = orders.find(after.tenant(), after.orderId()).orElse(null);
                Optional<KeyedSample> counted = stored == after ? countedAfter // unchanged since our merge
                        : stored == null ? Optional.empty() : counted(stored);
                return counted.filter(c -> c.key().equals(key))
                        .map(c -> policy.admit(window, c.sample()))
                        .orElseGet(() -> policy.withdraw(window, after.orderId()));
            });
            if (w.changed()) {
                updates.add(WaitTimeUpdate.of(key, w.after(), policy));
            }
        }
        if (!updates.isEmpty()) {
            publisher.publish(updates);
        }
        invalid.ifPresent(rejections::report);
        return new Outcome(updates, invalid);
    }

    @Override
    public Outcome reject(Rejection rejection) {
        rejections.report(Objects.requireNonNull(rejection, "rejection"));
        return Outcome.rejected(rejection, List.of());
    }

    @Override
    public Optional<WaitTimeUpdate> current(WindowKey key) {
        Window window = windows.current(key);
        return window.isEmpty() ? Optional.empty() : Optional.of(WaitTimeUpdate.of(key, window, policy));
    }

    /**
     * The windows this event may affect. A changed record touches the windows of its sample before and after (and
     * of any drink an earlier report displaced), unless nothing a window depends on changed. A duplicate of the
     * winning fact touches them all again: idempotent, and it heals a crash between the record's write and the
     * windows' (ADR 0002).
     */
    private List<WindowKey> keysToUpdate(RecordChange change, Optional<KeyedSample> countedAfter) {
        OrderRecord before = change.before();
        OrderRecord after = change.after();
        List<WindowKey> keys = new ArrayList<>(2); // distinct keys, in order; almost always one
        boolean windowInputsChanged = !before.sample().equals(after.sample())
                || counted(before).isPresent() != countedAfter.isPresent();
        if ((change.changed() && !windowInputsChanged) || after.completion().isEmpty()) {
            return keys; // no window can hold a sample of an order without a completion
        }
        before.sample().ifPresent(c -> keys.add(c.key()));
        if (after.drinksNamed().size() > 1) { // a drink was displaced (rare): its window too, in a stable order
            after.drinksNamed().stream().sorted(Comparator.comparing(Drink::name))
                    .map(d -> new WindowKey(after.tenant(), d)).filter(k -> !keys.contains(k)).forEach(keys::add);
        }
        // the window the sample now belongs to comes last, so a first attempt and its retry emit in one order
        after.sample().ifPresent(c -> {
            keys.remove(c.key());
            keys.add(c.key());
        });
        return keys;
    }

    /** The order's sample, if it counts: both times known, not excluded by a closing, a valid wait. */
    private Optional<KeyedSample> counted(OrderRecord record) {
        return record.sample().filter(c -> !record.excludedIn(settings.completionMode())
                && invalidWait(c, "").isEmpty());
    }

    private Optional<Rejection> invalidWait(KeyedSample c, String ref) {
        Duration wait = c.sample().waitTime();
        if (wait.isNegative()) {
            return Optional.of(new Rejection(RejectionReason.NEGATIVE_WAIT, "order " + c.sample().orderId() + " of "
                    + c.key().tenant() + " was completed at " + c.sample().completedAt() + ", before it was submitted at "
                    + c.sample().submittedAt(), ref));
        }
        if (wait.compareTo(settings.maxWait()) > 0) {
            return Optional.of(new Rejection(RejectionReason.WAIT_ABOVE_CEILING, "order " + c.sample().orderId()
                    + " of " + c.key().tenant() + " waited " + wait.toSeconds() + " s, above the ceiling of "
                    + settings.maxWait().toSeconds() + " s", ref));
        }
        return Optional.empty();
    }

    /** Builds a {@link WaitTimesService}. */
    public static final class Builder {
        private WaitTimeSettings settings = WaitTimeSettings.DEFAULTS;
        private WindowPolicy policy;
        private OrderRecords orders;
        private WaitTimeWindows windows;
        private WaitTimePublisher publisher = WaitTimePublisher.none();
        private RejectionReporter rejections = RejectionReporter.none();
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /** @param settings the configuration (default {@link WaitTimeSettings#DEFAULTS}) @return this builder */
        public Builder settings(WaitTimeSettings settings) {
            this.settings = Objects.requireNonNull(settings, "settings");
            return this;
        }

        /** @param policy the window policy (default: the last {@code windowSize} completions) @return this builder */
        public Builder policy(WindowPolicy policy) {
            this.policy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /** @param orders storage of order records (required) @return this builder */
        public Builder orderRecords(OrderRecords orders) {
            this.orders = Objects.requireNonNull(orders, "orders");
            return this;
        }

        /** @param windows storage of windows (required) @return this builder */
        public Builder windows(WaitTimeWindows windows) {
            this.windows = Objects.requireNonNull(windows, "windows");
            return this;
        }

        /** @param publisher where updates go (default: nowhere; take them from the outcome) @return this builder */
        public Builder publisher(WaitTimePublisher publisher) {
            this.publisher = Objects.requireNonNull(publisher, "publisher");
            return this;
        }

        /** @param rejections where rejections go (default: nowhere; take them from the outcome) @return this builder */
        public Builder rejections(RejectionReporter rejections) {
            this.rejections = Objects.requireNonNull(rejections, "rejections");
            return this;
        }

        /** @param clock the clock that dates record expiry (default UTC system clock) @return this builder */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** @return the service */
        public WaitTimesService build() {
            return new WaitTimesService(this);
        }
    }
}
