package dev.adhoc.waittimes.benchmarks;

import dev.adhoc.waittimes.core.domain.LatestCompletions;
import dev.adhoc.waittimes.core.domain.OrderId;
import dev.adhoc.waittimes.core.waittimes.WaitFigures;
import dev.adhoc.waittimes.core.domain.WaitSample;
import dev.adhoc.waittimes.core.engine.Window;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Core's windows were rewritten for speed (see docs/benchmarks.md). This compares them, on many random cases,
 * with the first version's algorithms, kept here as oracles: the same windows, the same figures, the same
 * rejections, the same order of samples.
 */
class FasterCoreKeepsItsBehaviourTest {
    private static final Comparator<WaitSample> FIRST_LATEST_FIRST =
            Comparator.comparing(WaitSample::completedAt).thenComparing(WaitSample::orderId).reversed();
    private static final Instant NOON = Instant.parse("2026-11-27T12:00:00Z");

    private final SplittableRandom random = new SplittableRandom(42);

    @Test
    void windows_sort_and_reject_duplicates_as_before() {
        for (int round = 0; round < 20_000; round++) {
            List<WaitSample> samples = randomSamples(random.nextInt(0, 40), round % 4 == 0);
            List<WaitSample> expected = new ArrayList<>(samples);
            expected.sort(FIRST_LATEST_FIRST);
            if (hasTwoOfOneOrder(samples)) {
                assertThatThrownBy(() -> new Window(samples)).isInstanceOf(IllegalArgumentException.class)
                        .hasMessage("a window holds at most one sample per order: " + firstRepeated(expected));
            } else {
                assertThat(new Window(samples).samples()).containsExactlyElementsOf(expected);
            }
        }
    }

    @Test
    void admitting_gives_the_windows_of_the_first_version() {
        for (int round = 0; round < 20_000; round++) {
            Window window = new Window(randomSamples(random.nextInt(0, 30), false));
            LatestCompletions policy = new LatestCompletions(random.nextInt(1, 25));
            WaitSample sample = random.nextInt(4) == 0 && !window.isEmpty()
                    ? window.samples().get(random.nextInt(window.size())) // the same sample again
                    : randomSample(random.nextInt(4) == 0 && !window.isEmpty()
                    ? window.samples().get(random.nextInt(window.size())).orderId().value() // a new value of an order
                    : "new-" + round);

            Window admitted = policy.admit(window, sample);

            assertThat(admitted).isEqualTo(firstAdmit(policy.capacity(), window, sample));
            if (window.samples().contains(sample)) {
                assertThat(admitted).isSameAs(window);
            }
        }
    }

    @Test
    void summaries_withdrawals_and_lookups_are_those_of_the_first_version() {
        for (int round = 0; round < 20_000; round++) {
            Window window = new Window(randomSamples(random.nextInt(0, 30), false));
            assertThat(new LatestCompletions(1000).summarize(window)).isEqualTo(firstSummarize(window));
            OrderId order = window.isEmpty() || random.nextBoolean() ? new OrderId("absent")
                    : window.samples().get(random.nextInt(window.size())).orderId();
            assertThat(window.sampleOf(order)).isEqualTo(window.samples().stream()
                    .filter(s -> s.orderId().equals(order)).findFirst());
            Window without = window.without(order);
            if (window.sampleOf(order).isEmpty()) {
                assertThat(without).isSameAs(window);
            } else {
                assertThat(without.samples()).containsExactlyElementsOf(window.samples().stream()
                        .filter(s -> !s.orderId().equals(order)).toList());
            }
        }
    }

    @Test
    void waits_of_any_length_summarize_as_before() {
        Instant start = Instant.parse("1800-01-01T00:00:00.000000001Z");
        Window window = new Window(List.of(
                new WaitSample(new OrderId("a"), start, Instant.parse("2200-01-01T00:00:00.999999999Z")),
                new WaitSample(new OrderId("b"), NOON, NOON.minusNanos(1_500_000)),
                new WaitSample(new OrderId("c"), NOON, NOON.plusNanos(999_999)),
                new WaitSample(new OrderId("d"), NOON.plusNanos(900_000), NOON.plusNanos(1_100_000))));
        assertThat(new LatestCompletions(10).summarize(window)).isEqualTo(firstSummarize(window));
    }

    @Test
    void samples_compare_as_before() {
        for (int round = 0; round < 20_000; round++) {
            WaitSample a = randomSample("o" + random.nextInt(5));
            WaitSample b = randomSample("o" + random.nextInt(5));
            assertThat(Integer.signum(WaitSample.LATEST_FIRST.compare(a, b)))
                    .isEqualTo(Integer.signum(FIRST_LATEST_FIRST.compare(a, b)));
        }
    }

    private List<WaitSample> randomSamples(int n, boolean allowRepeats) {
        List<WaitSample> samples = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            samples.add(randomSample(allowRepeats && random.nextInt(5) == 0 ? "o" + random.nextInt(i + 1) : "o" + i));
        }
        Collections.shuffle(samples, new java.util.Random(random.nextLong()));
        return samples;
    }

    private WaitSample randomSample(String order) {
        Instant submitted = NOON.plusMillis(random.nextInt(-600_000, 600_000))
                .plusNanos(random.nextInt(3) == 0 ? random.nextInt(1_000_000) : 0);
        // few distinct completion times, so that ties on time (ordered by order id) are common
        Instant completed = NOON.plusSeconds(random.nextInt(0, 20)).plusNanos(random.nextInt(4) == 0 ? 1 : 0);
        return new WaitSample(new OrderId(order), submitted, completed);
    }

    private static boolean hasTwoOfOneOrder(List<WaitSample> samples) {
        Set<OrderId> seen = new HashSet<>();
        return !samples.stream().allMatch(s -> seen.add(s.orderId()));
    }

    private static OrderId firstRepeated(List<WaitSample> inWindowOrder) {
        Set<OrderId> seen = new HashSet<>();
        return inWindowOrder.stream().map(WaitSample::orderId).filter(o -> !seen.add(o)).findFirst().orElseThrow();
    }

    /** The first version of {@code LatestCompletions.admit}. */
    private static Window firstAdmit(int capacity, Window window, WaitSample sample) {
        if (window.sampleOf(sample.orderId()).filter(sample::equals).isPresent()) {
            return window;
        }
        List<WaitSample> samples = new ArrayList<>(window.without(sample.orderId()).samples());
        samples.add(sample);
        samples.sort(FIRST_LATEST_FIRST);
        if (samples.size() > capacity) {
            samples = samples.subList(0, capacity);
        }
        return new Window(samples);
    }

    /** The first version of {@code LatestCompletions.summarize}. */
    private static WaitFigures firstSummarize(Window window) {
        int n = window.size();
        if (n == 0) {
            return new WaitFigures(Duration.ZERO, Duration.ZERO, Duration.ZERO, 0);
        }
        long[] millis = window.samples().stream().mapToLong(s -> s.waitTime().toMillis()).sorted().toArray();
        long total = 0;
        for (long m : millis) {
            total += m;
        }
        long mean = Math.floorDiv(2 * total + n, 2L * n);
        return new WaitFigures(Duration.ofMillis(mean), Duration.ofMillis(rank(millis, 50)),
                Duration.ofMillis(rank(millis, 90)), n);
    }

    private static long rank(long[] sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(rank, 1) - 1];
    }
}
