package dev.adhoc.waittimes.player.simulation;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class PacerTest {
    private static final Instant T0 = Instant.parse("2026-11-27T08:00:00Z");

    private final AtomicLong wall = new AtomicLong(1_000_000_000L);
    private final List<Duration> sleeps = new ArrayList<>();

    private Pacer pacer(OptionalDouble speed) {
        return new Pacer(speed, wall::get, d -> {
            sleeps.add(d);
            wall.addAndGet(d.toNanos());
        });
    }

    @Test
    void at_sixty_times_real_time_a_simulated_minute_takes_a_wall_second() throws InterruptedException {
        Pacer pacer = pacer(OptionalDouble.of(60));
        pacer.awaitUntil(T0);
        pacer.awaitUntil(T0.plusSeconds(60));
        pacer.awaitUntil(T0.plusSeconds(60));
        assertThat(sleeps).containsExactly(Duration.ofSeconds(1));
    }

    @Test
    void time_spent_working_is_not_waited_again() throws InterruptedException {
        Pacer pacer = pacer(OptionalDouble.of(1));
        pacer.awaitUntil(T0);
        wall.addAndGet(Duration.ofMillis(300).toNanos()); // processing took 300 ms
        pacer.awaitUntil(T0.plusSeconds(1));
        wall.addAndGet(Duration.ofSeconds(5).toNanos()); // fell behind
        pacer.awaitUntil(T0.plusSeconds(2));
        assertThat(sleeps).containsExactly(Duration.ofMillis(700));
    }

    @Test
    void max_never_waits() throws InterruptedException {
        Pacer pacer = pacer(OptionalDouble.empty());
        pacer.awaitUntil(T0);
        pacer.awaitUntil(T0.plusSeconds(3600));
        assertThat(sleeps).isEmpty();
        assertThat(pacer.unpaced()).isTrue();
    }
}
