package dev.adhoc.waittimes.acceptance.reliability;

import dev.adhoc.waittimes.acceptance.drivers.LambdaHandlerDriver;
import dev.adhoc.waittimes.acceptance.dsl.ObservedRejection;
import dev.adhoc.waittimes.acceptance.dsl.ObservedWaitTime;
import dev.adhoc.waittimes.acceptance.properties.ReferenceOracle;
import dev.adhoc.waittimes.core.waittimes.CompletionMode;
import dev.adhoc.waittimes.core.waittimes.WaitTimeSettings;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bad day on the bus ({@link ChaosStream}), replayed through the Lambda handler: at least 20% duplicates,
 * reordering of up to two minutes, cancellations, time-outs, noise, 2% malformed events, negative and absurd waits,
 * conflicting reports and bursts of withdrawals. The final windows must equal the reference oracle's for every
 * (tenant, drink) — exactly, the same update id — the distinct ids of the rejected pairs of reports must be the
 * oracle's, every malformed event must be rejected with its reason, and nothing may throw out of the handler. Sized
 * for CI; {@code -Dreliability.orders=N} runs a bigger day.
 */
public abstract class ChaosReplay {
    /** @return the driver under test */
    protected abstract LambdaHandlerDriver driver();

    /** @return how many orders the default run simulates */
    protected abstract int defaultOrders();

    /** @return a name for the report */
    protected abstract String name();

    /** @return the completion modes to replay the day in */
    protected abstract List<CompletionMode> modes();

    /** Called after the replay, for figures only this driver knows (requests). */
    protected String extraFigures() {
        return "";
    }

    @TestFactory
    Stream<DynamicTest> a_bad_day_on_the_bus_ends_in_the_oracles_windows_and_every_malformed_event_is_rejected() {
        return modes().stream().map(mode -> DynamicTest.dynamicTest(mode.name(), () -> replay(mode)));
    }

    private void replay(CompletionMode mode) {
        int orders = RunReport.orders(defaultOrders());
        long seed = RunReport.seed();
        ChaosStream stream = ChaosStream.generate(seed, orders, 25, 2, 120);
        WaitTimeSettings settings = WaitTimeSettings.DEFAULTS.withCompletionMode(mode);

        LambdaHandlerDriver driver = driver();
        Map<String, ReferenceOracle.Expected> actual = new TreeMap<>();
        try (driver) {
            driver.start(settings);
            stream.deliveries().forEach(d -> driver.deliverRaw(d.json()));
            for (ObservedWaitTime u : driver.updates()) {
                actual.put(u.tenant() + "/" + u.drink(),
                        new ReferenceOracle.Expected(u.duration(), u.sampleSize(), u.updateId()));
            }
            actual.values().removeIf(e -> e.sampleSize() == 0);
            ReferenceOracle.Outcome expected = ReferenceOracle.of(stream.events(), settings);

            Map<String, Long> rejected = driver.rejections().stream()
                    .collect(Collectors.groupingBy(ObservedRejection::reason, TreeMap::new, Collectors.counting()));
            Map<String, Integer> parseRejections = ChaosStream.parseRejections(driver.rejections());
            Set<String> pairIds = ChaosStream.pairRejectionIds(driver.rejections());
            long mismatches = StoredWindows.mismatches(expected.windows(), actual);
            RunReport.write(name() + (mode == CompletionMode.FINISHED ? "-finished" : ""), String.format(
                    "events=%d deliveries=%d duplicates=%d hardCases=%s malformed=%s rejected=%s"
                            + " distinctRejectedPairs=%d updates=%d mismatches=%d%s", stream.events().size(), stream.deliveries().size(),
                    stream.duplicates(), stream.day().hardCases(), new TreeMap<>(stream.corruptions().entrySet()
                            .stream().collect(Collectors.toMap(e -> e.getKey().name(), Map.Entry::getValue))),
                    rejected, pairIds.size(), driver.updates().size(), mismatches, extraFigures()));

            assertThat(actual).isEqualTo(expected.windows());
            assertThat(pairIds).isEqualTo(expected.rejectionIds());
            assertThat(parseRejections).isEqualTo(stream.expectedParseRejections());
            assertThat(stream.duplicates()).isGreaterThanOrEqualTo(stream.events().size() / 5);
            assertThat(driver.rejections()).allSatisfy(r -> assertThat(r.message()).isNotBlank());
        }
    }
}
