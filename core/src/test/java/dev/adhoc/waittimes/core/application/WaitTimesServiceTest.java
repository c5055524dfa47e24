package dev.adhoc.waittimes.core.application;

import dev.adhoc.waittimes.core.domain.CompletionMode;
import dev.adhoc.waittimes.core.domain.Occurrence;
import dev.adhoc.waittimes.core.domain.OrderClaimed;
import dev.adhoc.waittimes.core.domain.OrderId;
import dev.adhoc.waittimes.core.domain.Rejection;
import dev.adhoc.waittimes.core.domain.RejectionReason;
import dev.adhoc.waittimes.core.domain.WaitTimeSettings;
import dev.adhoc.waittimes.core.domain.WindowKey;
import dev.adhoc.waittimes.core.domain.Window;
import dev.adhoc.waittimes.core.port.in.Outcome;
import dev.adhoc.waittimes.core.port.out.WaitTimeWindows;
import dev.adhoc.waittimes.core.port.out.WindowChange;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.function.UnaryOperator;

import static dev.adhoc.waittimes.core.domain.Samples.LATTE;
import static dev.adhoc.waittimes.core.domain.Samples.MOCHA;
import static dev.adhoc.waittimes.core.domain.Samples.NYC;
import static dev.adhoc.waittimes.core.domain.Samples.at;
import static dev.adhoc.waittimes.core.domain.Samples.cancelled;
import static dev.adhoc.waittimes.core.domain.Samples.completed;
import static dev.adhoc.waittimes.core.domain.Samples.submitted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WaitTimesServiceTest {
    private final Fakes.Records records = new Fakes.Records();
    private final Fakes.Windows windows = new Fakes.Windows();
    private final Fakes.Published published = new Fakes.Published();
    private final Fakes.Reported reported = new Fakes.Reported();
    private final Clock clock = Clock.fixed(at("12:00:00"), ZoneOffset.UTC);

    private WaitTimesService service(WaitTimeSettings settings) {
        return WaitTimesService.builder().settings(settings).orderRecords(records).windows(windows)
                .publisher(published).rejections(reported).clock(clock).build();
    }

    @Test
    void a_submission_alone_touches_no_window() {
        Outcome outcome = service(WaitTimeSettings.DEFAULTS).record(submitted(NYC, "o1", LATTE, "12:00:00", "e1"));

        assertThat(outcome.updates()).isEmpty();
        assertThat(windows.updates).isZero();
    }

    @Test
    void a_claim_is_accepted_and_changes_neither_records_nor_windows_nor_the_wait() {
        WaitTimesService s = service(WaitTimeSettings.DEFAULTS);
        s.record(submitted(NYC, "o1", LATTE, "12:00:00", "e1"));

        Outcome claimed = s.record(new OrderClaimed(NYC, new OrderId("o1"), new Occurrence(at("12:00:40"), "e2")));
        Outcome completed = s.record(completed(NYC, "o1", "12:02:00", "e3"));

        assertThat(claimed).isEqualTo(Outcome.accepted(java.util.List.of()));
        assertThat(records.stored).hasSize(1);
        assertThat(completed.updates()).singleElement()
                .satisfies(u -> assertThat(u.figures().average()).isEqualTo(Duration.ofMinutes(2)));
        assertThat(reported.rejections).isEmpty();
    }

    @Test
    void a_completion_publishes_the_update_it_returns() {
        WaitTimesService s = service(WaitTimeSettings.DEFAULTS);
        s.record(submitted(NYC, "o1", LATTE, "12:00:00", "e1"));
        Outcome outcome = s.record(completed(NYC, "o1", "12:02:00", "e2"));

        assertThat(outcome.updates()).hasSize(1);
        assertThat(published.updates).isEqualTo(outcome.updates());
        assertThat(outcome.updates().get(0).figures().average()).isEqualTo(Duration.ofMinutes(2));
        assertThat(s.current(new WindowKey(NYC, LATTE))).contains(outcome.updates().get(0));
        assertThat(s.current(new WindowKey(NYC, MOCHA))).isEmpty();
    }

    @Test
    void a_retry_after_a_crash_between_the_two_writes_completes_the_window_and_emits_once() {
        WaitTimesService s = service(WaitTimeSettings.DEFAULTS);
        s.record(submitted(NYC, "o1", LATTE, "12:00:00", "e1"));
        windows.crashOnNextUpdate = true;
        assertThatThrownBy(() -> s.record(completed(NYC, "o1", "12:02:00", "e2")))
                .hasMessageContaining("crash");
        assertThat(published.updates).isEmpty();

        Outcome retry = s.record(completed(NYC, "o1", "12:02:00", "e2"));
        Outcome duplicate = s.record(completed(NYC, "o1", "12:02:00", "e2"));

        assertThat(retry.updates()).hasSize(1);
        assertThat(duplicate.updates()).isEmpty();
        assertThat(published.updates).hasSize(1);
    }

    @Test
    void a_retry_after_a_crash_while_the_sample_moved_to_another_drink_corrects_both_windows() {
        WaitTimesService s = service(WaitTimeSettings.DEFAULTS);
        s.record(submitted(NYC, "o1", LATTE, "12:01:00", "e1"));
        s.record(completed(NYC, "o1", "12:03:00", "e2"));
        windows.crashOnNextUpdate = true;
        assertThatThrownBy(() -> s.record(submitted(NYC, "o1", MOCHA, "12:00:00", "e3")));

        Outcome retry = s.record(submitted(NYC, "o1", MOCHA, "12:00:00", "e3"));

        assertThat(retry.updates()).extracting(u -> u.key().drink()).containsExactly(LATTE, MOCHA);
        assertThat(s.current(new WindowKey(NYC, LATTE))).isEmpty();
        assertThat(s.current(new WindowKey(NYC, MOCHA))).hasValueSatisfying(
                u -> assertThat(u.figures().average()).isEqualTo(Duration.ofMinutes(3)));
    }

    @Test
    void a_window_is_computed_from_the_record_as_stored_when_the_window_is_written() {
        WaitTimesService s = service(WaitTimeSettings.DEFAULTS);
        s.record(completed(NYC, "o1", "12:03:00", "e2"));
        // a concurrent container stored the earlier report after this one merged but before it wrote the window
        WaitTimeWindows racing = new WaitTimeWindows() {
            @Override
            public WindowChange update(WindowKey key, UnaryOperator<Window> change) {
                records.merge(submitted(NYC, "o1", LATTE, "12:00:00", "e0"), at("23:00:00"));
                return windows.update(key, change);
            }

            @Override
            public Window current(WindowKey key) {
                return windows.current(key);
            }
        };
        WaitTimesService stale = WaitTimesService.builder().orderRecords(records).windows(racing).clock(clock).build();

        Outcome outcome = stale.record(submitted(NYC, "o1", LATTE, "12:01:00", "e1"));

        assertThat(outcome.updates()).singleElement().satisfies(
                u -> assertThat(u.figures().average()).isEqualTo(Duration.ofMinutes(3)));
    }

    @Test
    void a_later_conflicting_report_is_accepted_and_does_nothing() {
        WaitTimesService s = service(WaitTimeSettings.DEFAULTS);
        s.record(submitted(NYC, "o1", LATTE, "12:00:00", "e1"));
        s.record(completed(NYC, "o1", "12:02:00", "e2"));
        int updatesSoFar = windows.updates;

        Outcome late = s.record(completed(NYC, "o1", "12:05:00", "e3"));

        assertThat(late.updates()).isEmpty();
        assertThat(late.isRejected()).isFalse();
        assertThat(windows.updates).isEqualTo(updatesSoFar);
    }

    @Test
    void records_expire_a_retention_after_the_later_of_the_event_time_and_now() {
        WaitTimesService s = service(WaitTimeSettings.DEFAULTS.withOrderRetention(Duration.ofHours(2)));
        s.record(submitted(NYC, "o1", LATTE, "10:00:00", "e1"));   // replayed from the past
        assertThat(records.lastExpiry).isEqualTo(at("14:00:00"));

        s.record(submitted(NYC, "o2", LATTE, "13:00:00", "e2"));   // ahead of the clock
        assertThat(records.lastExpiry).isEqualTo(at("15:00:00"));
    }

    @Test
    void an_invalid_wait_is_reported_and_returned_with_the_events_reference() {
        WaitTimesService s = service(WaitTimeSettings.DEFAULTS);
        s.record(submitted(NYC, "o1", LATTE, "12:05:00", "e1"));
        Outcome outcome = s.record(completed(NYC, "o1", "12:00:00", "e2"));

        assertThat(outcome.rejection()).map(Rejection::reason).contains(RejectionReason.NEGATIVE_WAIT);
        assertThat(outcome.rejection()).map(Rejection::eventRef).contains("e2");
        assertThat(reported.rejections).containsExactly(outcome.rejection().get());
    }

    @Test
    void a_cancellation_in_default_mode_touches_no_window() {
        WaitTimesService s = service(WaitTimeSettings.DEFAULTS);
        s.record(submitted(NYC, "o1", LATTE, "12:00:00", "e1"));
        s.record(completed(NYC, "o1", "12:02:00", "e2"));
        int updatesSoFar = windows.updates;

        assertThat(s.record(cancelled(NYC, "o1", "12:03:00", "e3")).updates()).isEmpty();
        assertThat(windows.updates).isEqualTo(updatesSoFar);
    }

    @Test
    void in_finished_mode_a_late_cancellation_withdraws_and_emits_an_emptied_window() {
        WaitTimesService s = service(WaitTimeSettings.DEFAULTS.withCompletionMode(CompletionMode.FINISHED));
        s.record(submitted(NYC, "o1", LATTE, "12:00:00", "e1"));
        s.record(completed(NYC, "o1", "12:02:00", "e2"));

        Outcome outcome = s.record(cancelled(NYC, "o1", "12:01:00", "e3"));

        assertThat(outcome.updates()).singleElement().satisfies(u -> {
            assertThat(u.figures().sampleSize()).isZero();
            assertThat(u.asOf()).isNull();
        });
        assertThat(s.current(new WindowKey(NYC, LATTE))).isEmpty();
    }

    @Test
    void reject_reports_what_a_driving_adapter_could_not_parse() {
        Rejection bad = new Rejection(RejectionReason.NOT_JSON, "not JSON", "line 3");
        Outcome outcome = service(WaitTimeSettings.DEFAULTS).reject(bad);

        assertThat(outcome.isRejected()).isTrue();
        assertThat(reported.rejections).containsExactly(bad);
    }

    @Test
    void needs_both_stores() {
        assertThatThrownBy(() -> WaitTimesService.builder().windows(windows).build())
                .isInstanceOf(NullPointerException.class).hasMessageContaining("orderRecords");
    }
}
