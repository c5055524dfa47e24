package dev.adhoc.waittimes.core.engine;

import dev.adhoc.waittimes.core.domain.Drink;
import dev.adhoc.waittimes.core.domain.InvalidValueException;
import dev.adhoc.waittimes.core.domain.Occurrence;
import dev.adhoc.waittimes.core.domain.OrderCompleted;
import dev.adhoc.waittimes.core.domain.OrderEvent;
import dev.adhoc.waittimes.core.domain.OrderId;
import dev.adhoc.waittimes.core.domain.OrderRecord;
import dev.adhoc.waittimes.core.domain.OrderSubmitted;
import dev.adhoc.waittimes.core.domain.Rejection;
import dev.adhoc.waittimes.core.domain.Submission;
import dev.adhoc.waittimes.core.engine.port.OrderRecords;
import dev.adhoc.waittimes.core.engine.port.RecordChange;
import dev.adhoc.waittimes.core.engine.port.SampleIndex;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The engine every order-event consumer runs, for one {@link Configuration}. Recording an event takes two steps,
 * each atomic on its own, so no transaction is needed:
 * <ol>
 *   <li>merge the report into its order's record ({@link OrderRecords#merge}): a set of reports, the same for any
 *       order and duplication of the events;</li>
 *   <li>write the order's place in each key's index of counted samples ({@link SampleIndex#write}): its sample in the
 *       key where the record now counts it, a tombstone in every other key its reports name, each stamped with the
 *       record's version so that a writer that computed from an older record never wins.</li>
 * </ol>
 * Windows are then read from the index. A sample that leaves a window is replaced by the next one in the index,
 * so a window is the same whatever the order of arrival. A crash between the steps is healed by the redelivery: the
 * merge finds its report already there and the index is written again from the record as stored.
 *
 * <p>An update is emitted for a key when its window changed, or when the event's order is in it (so a redelivery
 * re-emits what a failure after the write may have lost, with the same id). Its "before" is the window without this
 * event's write: the index with the order's sample swapped back to the one the write replaced. An order whose
 * reports name several keys announces each of them on every event.
 *
 * @param <F> the figures' type
 */
public final class Engine<F> {
    private final Configuration<F> config;
    private final OrderRecords orders;
    private final SampleIndex index;
    private final Clock clock;

    /**
     * @param config the extension
     * @param orders storage of order records
     * @param index  storage of the samples
     * @param clock  the clock that dates expiry
     */
    public Engine(Configuration<F> config, OrderRecords orders, SampleIndex index, Clock clock) {
        this.config = Objects.requireNonNull(config, "config");
        this.orders = Objects.requireNonNull(orders, "orders");
        this.index = Objects.requireNonNull(index, "index");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** @return the extension this engine runs */
    public Configuration<F> configuration() {
        return config;
    }

    /**
     * Records one report of an order. Safe to call again with the same event, and in any order.
     *
     * @param event the report
     * @return the updates and rejections it gave rise to
     */
    public Recorded<F> record(OrderEvent event) {
        Objects.requireNonNull(event, "event");
        Instant now = clock.instant();
        Instant lastSeen = event.occurrence().time().isAfter(now) ? event.occurrence().time() : now;
        Instant expiresAt = lastSeen.plus(config.retention());
        RecordChange change;
        try {
            change = orders.merge(event, expiresAt);
        } catch (InvalidValueException full) {
            Occurrence o = event.occurrence();
            return new Recorded<>(List.of(), List.of(new Rejection(Rejection.idOf(full.reason().name(),
                    event.tenant().value(), event.orderId().value(), o.time().toString(), o.eventId()),
                    full.reason(), full.getMessage(), o.eventId())));
        }
        OrderRecord after = change.after();
        if (after.completions().isEmpty()) {
            return new Recorded<>(List.of(), List.of()); // no sample and no pair to check before a completion
        }
        Optional<Placed> placed = placement(after);
        List<Written> written = writeIndex(after, placed, after.expiresAt().orElse(expiresAt));
        List<Update<F>> updates = new ArrayList<>(written.size());
        // An order whose reports name several keys (rare: conflicting submissions) announces every window it touches
        // on each of its events: a window that an interrupted attempt changed without announcing it is then announced.
        boolean several = written.size() > 1;
        for (Written w : written) {
            update(w, after.orderId(), sampleIn(w.key(), placed), several).ifPresent(updates::add);
        }
        return new Recorded<>(updates, rejectedPairs(after, event));
    }

    /**
     * @param key a window's key
     * @return its current window's figures, as the last update for it said or would say; empty for an empty window
     */
    public Optional<Update<F>> current(WindowKey key) {
        Window window = config.policy().select(index.latestFirst(key, config.policy().pageSize()));
        if (window.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Update.of(key, window, config.summary()));
    }

    /** Where the record's winning facts count, if they do. */
    private Optional<Placed> placement(OrderRecord record) {
        Optional<Occurrence> completion = record.completion();
        if (completion.isEmpty()) {
            return Optional.empty();
        }
        Optional<Submission> submission = record.submission();
        Optional<WindowKey> key = config.counting().key(record.tenant(), submission.map(Submission::drink));
        if (key.isEmpty() || submission.filter(s -> config.counting().check(s, completion.get()).isPresent())
                .isPresent()) {
            return Optional.empty();
        }
        OptionalLong value = config.counting().value(record);
        return value.isEmpty() ? Optional.empty()
                : Optional.of(new Placed(key.get(), new Sample(record.orderId(), completion.get().time(), value.getAsLong())));
    }

    /**
     * Writes the order's place in each key its submission reports can name: its sample where it counts, a tombstone
     * everywhere else (one key in the common case). The key it counts in is written last.
     *
     * @return per key written, in that order, what the write changed
     */
    private List<Written> writeIndex(OrderRecord record, Optional<Placed> placed, Instant expiry) {
        List<WindowKey> keys = new ArrayList<>(2);
        config.counting().key(record.tenant(), Optional.empty()).ifPresent(keys::add);
        List<Submission> submissions = record.submissions();
        if (submissions.size() == 1) { // the common case, without sorting
            config.counting().key(record.tenant(), Optional.of(submissions.get(0).drink()))
                    .ifPresent(k -> addOnce(keys, k));
        } else {
            submissions.stream().map(Submission::drink).distinct().sorted(Comparator.comparing(Drink::name))
                    .forEach(d -> config.counting().key(record.tenant(), Optional.of(d)).ifPresent(k -> addOnce(keys, k)));
        }
        placed.ifPresent(p -> {
            keys.remove(p.key());
            keys.add(p.key());
        });
        List<Written> written = new ArrayList<>(keys.size());
        for (WindowKey key : keys) {
            Optional<Sample> sample = sampleIn(key, placed);
            IndexWrite write = index.write(new IndexEntry(key, record.orderId(), sample, record.version(), expiry));
            written.add(new Written(key, write.applied() && !write.replaced().equals(sample), write.replaced()));
        }
        return written;
    }

    private static void addOnce(List<WindowKey> keys, WindowKey key) {
        if (!keys.contains(key)) {
            keys.add(key);
        }
    }

    /**
     * What the index write of one key did.
     *
     * @param key      the key written
     * @param changed  whether it changed the order's place in the key
     * @param replaced the order's sample it replaced, if any: its place in the key before the event
     */
    private record Written(WindowKey key, boolean changed, Optional<Sample> replaced) {
    }

    /**
     * The key's update, if its window changed or the order is in it. "Before" is the window of the index as it was
     * before this event's writes: the order's sample swapped back to the one the writes replaced.
     */
    private Optional<Update<F>> update(Written written, OrderId order, Optional<Sample> mine, boolean announce) {
        WindowKey key = written.key();
        WindowPolicy policy = config.policy();
        // one read of the store for both windows
        Remembered samples = new Remembered(index.latestFirst(key, policy.pageSize()), policy.pageSize());
        Window after = policy.select(samples.iterator());
        boolean inWindow = mine.isPresent() && after.contains(mine.get());
        if (!inWindow && !written.changed() && !announce) {
            return Optional.empty(); // the order is not in the window, and this event changed nothing of the key
        }
        Window before = !written.changed() ? after
                : policy.select(new Swapped(samples.iterator(), order, written.replaced()));
        if (!inWindow && !announce && before.equals(after)) {
            return Optional.empty();
        }
        F figures = config.summary().of(after);
        return Optional.of(new Update<>(key, before == after ? figures : config.summary().of(before), figures, after,
                ContentIds.of(key, after)));
    }

    /** Every pair of the order's reports, one of them this event's, that breaks a rule. */
    private List<Rejection> rejectedPairs(OrderRecord record, OrderEvent event) {
        List<Rejection> rejections = new ArrayList<>(0);
        if (event instanceof OrderSubmitted e) {
            Submission s = new Submission(e.drink(), e.occurrence());
            for (Occurrence c : record.completions()) {
                check(record, s, c, rejections);
            }
        } else if (event instanceof OrderCompleted e) {
            for (Submission s : record.submissions()) {
                check(record, s, e.occurrence(), rejections);
            }
        }
        return rejections;
    }

    private void check(OrderRecord record, Submission s, Occurrence c, List<Rejection> into) {
        config.counting().check(s, c).ifPresent(v -> into.add(new Rejection(Rejection.idOf(v.reason().name(),
                record.tenant().value(), record.orderId().value(), s.drink().name(), s.occurrence().time().toString(),
                s.occurrence().eventId(), c.time().toString(), c.eventId()), v.reason(), v.message(), c.eventId())));
    }

    private static Optional<Sample> sampleIn(WindowKey key, Optional<Placed> placed) {
        return placed.filter(p -> p.key().equals(key)).map(Placed::sample);
    }

    /** An order's sample and the key of the window it counts in. */
    private record Placed(WindowKey key, Sample sample) {
    }
}
