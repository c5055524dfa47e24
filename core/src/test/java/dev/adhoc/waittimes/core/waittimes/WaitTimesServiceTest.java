package dev.adhoc.waittimes.core.waittimes;

import dev.adhoc.waittimes.core.domain.Rejection;
import dev.adhoc.waittimes.core.domain.RejectionReason;
import dev.adhoc.waittimes.core.memory.InMemoryOrderRecords;
import dev.adhoc.waittimes.core.memory.InMemorySampleIndex;
import dev.adhoc.waittimes.core.waittimes.port.in.Outcome;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static dev.adhoc.waittimes.core.testing.CoffeeBar.LATTE;
import static dev.adhoc.waittimes.core.testing.CoffeeBar.NYC;
import static dev.adhoc.waittimes.core.testing.CoffeeBar.at;
import static dev.adhoc.waittimes.core.testing.CoffeeBar.cancelled;
import static dev.adhoc.waittimes.core.testing.CoffeeBar.completed;
import static dev.adhoc.waittimes.core.testing.CoffeeBar.key;
import static dev.adhoc.waittimes.core.testing.CoffeeBar.submitted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The use cases on top of the engine: what goes to the publisher and the reporter, and what current() reads. */
class WaitTimesServiceTest {
    private static final Clock NOON = Clock.fixed(at("12:00:00"), ZoneOffset.UTC);
    private final List<List<WaitTimeUpdate>> published = new ArrayList<>();
    private final List<Rejection> reported = new ArrayList<>();

    private WaitTimesService service(WaitTimeSettings settings) {
        return WaitTimesService.builder().settings(settings).orderRecords(new InMemoryOrderRecords(NOON))
                .samples(new InMemorySampleIndex(NOON)).publisher(published::add).rejections(reported::add)
                .clock(NOON).build();
    }

    @Test
    void publishes_the_update_and_reads_it_back_with_n_and_as_of() {
        WaitTimesService s = service(WaitTimeSettings.DEFAULTS.withWindowSize(3));
        assertThat(s.record(submitted(NYC, "o1", LATTE, "12:00:00", "s1")).updates()).isEmpty();
        Outcome o = s.record(completed(NYC, "o1", "12:05:00", "c1"));

        WaitTimeUpdate u = o.updates().get(0);
        assertThat(u.key()).isEqualTo(key(NYC, LATTE));
        assertThat(u.figures().average()).isEqualTo(Duration.ofMinutes(5));
        assertThat(u.figures().sampleSize()).isEqualTo(1);
        assertThat(u.windowSize()).isEqualTo(3);
        assertThat(u.asOf()).isEqualTo(at("12:05:00"));
        assertThat(published).containsExactly(List.of(u));
        assertThat(s.current(key(NYC, LATTE))).contains(u);
        assertThat(o.isRejected()).isFalse();
    }

    @Test
    void an_emptied_window_is_published_with_no_figures_and_no_as_of() {
        WaitTimesService s = service(WaitTimeSettings.DEFAULTS.withCompletionMode(CompletionMode.FINISHED));
        s.record(submitted(NYC, "o1", LATTE, "12:00:00", "s1"));
        s.record(completed(NYC, "o1", "12:05:00", "c1"));

        WaitTimeUpdate emptied = s.record(cancelled(NYC, "o1", "12:06:00", "x1")).updates().get(0);

        assertThat(emptied.figures()).isEqualTo(WaitFigures.NONE);
        assertThat(emptied.asOf()).isNull();
        assertThat(s.current(key(NYC, LATTE))).isEmpty();
    }

    @Test
    void reports_every_rejection_and_publishes_nothing_for_it() {
        WaitTimesService s = service(WaitTimeSettings.DEFAULTS);
        s.record(submitted(NYC, "o1", LATTE, "12:00:00", "s1"));
        Outcome o = s.record(completed(NYC, "o1", "11:59:00", "c1"));
        Rejection bad = new Rejection(RejectionReason.NOT_JSON, "not JSON", "line 7");

        assertThat(o.isRejected()).isTrue();
        assertThat(o.rejections()).extracting(Rejection::reason).containsExactly(RejectionReason.NEGATIVE_WAIT);
        assertThat(s.reject(bad).rejections()).containsExactly(bad);
        assertThat(reported).containsExactly(o.rejections().get(0), bad);
        assertThat(published).isEmpty();
    }

    @Test
    void needs_both_stores_and_defaults_the_rest() {
        assertThatThrownBy(() -> WaitTimesService.builder().samples(new InMemorySampleIndex()).build())
                .isInstanceOf(NullPointerException.class).hasMessageContaining("orderRecords");
        assertThatThrownBy(() -> WaitTimesService.builder().orderRecords(new InMemoryOrderRecords()).build())
                .isInstanceOf(NullPointerException.class).hasMessageContaining("samples");
        WaitTimesService s = WaitTimesService.builder().orderRecords(new InMemoryOrderRecords())
                .samples(new InMemorySampleIndex()).build();
        assertThat(s.settings()).isEqualTo(WaitTimeSettings.DEFAULTS);
        assertThat(s.record(submitted(NYC, "o1", LATTE, "12:00:00", "s1")).updates()).isEmpty();
    }
}
