package dev.adhoc.waittimes.player.view;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressTest {
    private final AtomicLong wall = new AtomicLong();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Instant eventTime = Instant.parse("2026-11-27T09:30:00Z");

    private Progress progress(boolean live) {
        return new Progress(new WaitTimeTable(), new RunStats(wall::get), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), live, wall::get, () -> eventTime);
    }

    @Test
    void off_a_terminal_a_progress_line_goes_to_stderr_every_five_seconds_and_the_table_once_at_the_end() {
        Progress progress = progress(false);
        progress.tick(10, OptionalLong.of(100), "orders");
        wall.addAndGet(5_000_000_000L);
        progress.tick(50, OptionalLong.of(100), "orders");
        progress.tick(51, OptionalLong.of(100), "orders");
        assertThat(err.toString(StandardCharsets.UTF_8).lines()).singleElement().asString()
                .startsWith("progress: 50 orders of 100 (50%); 0 events up to 2026-11-27T09:30:00Z");
        assertThat(out.size()).isZero();
        progress.finish();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("TENANT").doesNotContain("\u001b[");
    }

    @Test
    void on_a_terminal_the_table_is_redrawn_in_place_under_the_progress_line() {
        Progress progress = progress(true);
        wall.addAndGet(250_000_000L);
        progress.tick(1000, OptionalLong.empty(), "bytes");
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("\u001b[H\u001b[2Jprogress: 1000 bytes; ")
                .contains("\nTENANT");
        assertThat(err.size()).isZero();
    }

    @Test
    void before_the_first_event_the_line_says_there_is_no_event_time_yet() {
        Progress progress = new Progress(new WaitTimeTable(), new RunStats(wall::get), new PrintStream(out, true,
                StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), false, wall::get,
                () -> Instant.EPOCH);
        wall.addAndGet(5_000_000_000L);
        progress.tick(0, OptionalLong.empty(), "bytes");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("0 events up to (no event time yet)")
                .doesNotContain("1970");
    }
}
