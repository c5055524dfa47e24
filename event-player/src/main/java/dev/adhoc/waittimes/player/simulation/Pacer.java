package dev.adhoc.waittimes.player.simulation;

import java.time.Duration;
import java.time.Instant;
import java.util.OptionalDouble;
import java.util.function.LongSupplier;

/**
 * Paces deliveries against the wall clock: at {@code speed} times real time, or not at all ({@code max}).
 * The first delivery sets the origin; each later one waits until the wall clock has caught up with it.
 */
public final class Pacer {
    /** Waits; injected so that tests never sleep. */
    @FunctionalInterface
    public interface Sleeper {
        /** @param duration how long to wait */
        void sleep(Duration duration) throws InterruptedException;
    }

    private final OptionalDouble speed;
    private final LongSupplier nanoTime;
    private final Sleeper sleeper;
    private Instant simulatedOrigin;
    private long wallOrigin;

    /**
     * @param speed    times real time, or empty for as fast as possible
     * @param nanoTime the wall clock ({@link System#nanoTime})
     * @param sleeper  how to wait
     */
    public Pacer(OptionalDouble speed, LongSupplier nanoTime, Sleeper sleeper) {
        this.speed = speed;
        this.nanoTime = nanoTime;
        this.sleeper = sleeper;
    }

    /** @return a pacer on the system clock that sleeps the thread */
    public static Pacer of(OptionalDouble speed) {
        return new Pacer(speed, System::nanoTime, d -> Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000));
    }

    /** @return whether this pacer never waits */
    public boolean unpaced() {
        return speed.isEmpty();
    }

    /**
     * Waits until the wall clock reaches the moment that corresponds to this simulated instant.
     *
     * @param simulated the delivery's simulated time
     * @return how long it waited
     * @throws InterruptedException if interrupted while waiting
     */
    public Duration awaitUntil(Instant simulated) throws InterruptedException {
        if (speed.isEmpty()) {
            return Duration.ZERO;
        }
        if (simulatedOrigin == null) {
            simulatedOrigin = simulated;
            wallOrigin = nanoTime.getAsLong();
            return Duration.ZERO;
        }
        double simulatedNanos = Duration.between(simulatedOrigin, simulated).toNanos();
        long due = wallOrigin + (long) (simulatedNanos / speed.getAsDouble());
        long wait = due - nanoTime.getAsLong();
        if (wait <= 0) {
            return Duration.ZERO;
        }
        Duration duration = Duration.ofNanos(wait);
        sleeper.sleep(duration);
        return duration;
    }
}
