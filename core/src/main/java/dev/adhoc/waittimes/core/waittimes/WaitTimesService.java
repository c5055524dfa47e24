package dev.adhoc.waittimes.core.waittimes;

import dev.adhoc.waittimes.core.domain.Rejection;
import dev.adhoc.waittimes.core.domain.OrderEvent;
import dev.adhoc.waittimes.core.engine.Configuration;
import dev.adhoc.waittimes.core.engine.Engine;
import dev.adhoc.waittimes.core.engine.LatestSamples;
import dev.adhoc.waittimes.core.engine.Recorded;
import dev.adhoc.waittimes.core.engine.Update;
import dev.adhoc.waittimes.core.engine.WindowKey;
import dev.adhoc.waittimes.core.waittimes.port.in.Outcome;
import dev.adhoc.waittimes.core.waittimes.port.in.ReadWaitTimes;
import dev.adhoc.waittimes.core.waittimes.port.in.RecordOrderEvent;
import dev.adhoc.waittimes.core.engine.port.OrderRecords;
import dev.adhoc.waittimes.core.waittimes.port.out.RejectionReporter;
import dev.adhoc.waittimes.core.engine.port.SampleIndex;
import dev.adhoc.waittimes.core.waittimes.port.out.WaitTimePublisher;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The wait-times extension: {@link RecordOrderEvent} and {@link ReadWaitTimes}, the {@link Engine} run with the
 * wait-time rules ({@link WaitTimeRules}), the last {@code N} completions ({@link LatestSamples}) and their
 * {@link WaitFigures}. Build one with {@link #builder()}.
 */
public final class WaitTimesService implements RecordOrderEvent, ReadWaitTimes {
    /** The extension's name, and its stores' key prefix. */
    public static final String NAME = "wait-times";

    private final WaitTimeSettings settings;
    private final Engine<WaitFigures> engine;
    private final WaitTimePublisher publisher;
    private final RejectionReporter rejections;

    private WaitTimesService(Builder b) {
        this.settings = b.settings;
        this.engine = new Engine<>(configuration(b.settings), Objects.requireNonNull(b.orders, "orderRecords"),
                Objects.requireNonNull(b.samples, "samples"), b.clock);
        this.publisher = b.publisher;
        this.rejections = b.rejections;
    }

    /** @return the engine configuration of wait times with these settings */
    public static Configuration<WaitFigures> configuration(WaitTimeSettings settings) {
        return new Configuration<>(NAME, WaitTimeRules.of(settings), new LatestSamples(settings.windowSize()),
                WaitFigures::of, settings.orderRetention());
    }

    /** @return a builder; order records and samples are required, everything else has a default */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the settings in use */
    public WaitTimeSettings settings() {
        return settings;
    }

    @Override
    public Outcome record(OrderEvent event) {
        Recorded<WaitFigures> recorded = engine.record(event);
        List<WaitTimeUpdate> updates = new ArrayList<>(recorded.updates().size());
        for (Update<WaitFigures> u : recorded.updates()) {
            updates.add(WaitTimeUpdate.of(u, settings.windowSize()));
        }
        Outcome outcome = new Outcome(updates, recorded.rejections());
        if (!outcome.updates().isEmpty()) {
            publisher.publish(outcome.updates());
        }
        for (Rejection rejection : recorded.rejections()) {
            rejections.report(rejection);
        }
        return outcome;
    }

    @Override
    public Outcome reject(Rejection rejection) {
        rejections.report(Objects.requireNonNull(rejection, "rejection"));
        return new Outcome(List.of(), List.of(rejection));
    }

    @Override
    public Optional<WaitTimeUpdate> current(WindowKey key) {
        return engine.current(key).map(u -> WaitTimeUpdate.of(u, settings.windowSize()));
    }

    /** Builds a {@link WaitTimesService}. */
    public static final class Builder {
        private WaitTimeSettings settings = WaitTimeSettings.DEFAULTS;
        private OrderRecords orders;
        private SampleIndex samples;
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

        /** @param orders storage of order records (required) @return this builder */
        public Builder orderRecords(OrderRecords orders) {
            this.orders = Objects.requireNonNull(orders, "orders");
            return this;
        }

        /** @param samples storage of the counted samples (required) @return this builder */
        public Builder samples(SampleIndex samples) {
            this.samples = Objects.requireNonNull(samples, "samples");
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
