package dev.adhoc.waittimes.acceptance.reliability;

import dev.adhoc.waittimes.acceptance.drivers.LambdaHandlerDriver;
import dev.adhoc.waittimes.acceptance.dsl.ObservedRejection;
import dev.adhoc.waittimes.acceptance.dsl.ObservedWaitTime;
import dev.adhoc.waittimes.acceptance.properties.ReferenceOracle;
import dev.adhoc.waittimes.core.waittimes.WaitTimeSettings;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bad day on the bus, replayed through the Lambda handler: at least 20% duplicates, reordering of up to two
 * minutes, cancellations, time-outs, noise, 2% malformed events, negative and absurd waits. The final windows must
 * equal the reference oracle's for every (tenant, drink), every malformed event must be rejected with its reason,
 * and nothing may throw out of the handler. Sized for CI; {@code -Dreliability.orders=N} runs a bigger day.
 */
public abstract class ChaosReplay {
    private static final Set<String> PARSE_REASONS = Set.of("NOT_JSON", "MISSING_FIELD", "WRONG_TYPE", "UNPARSABLE_TIME");

    /** @return the driver under test */
    protected abstract LambdaHandlerDriver driver();

    /** @return how many orders the default run simulates */
    protected abstract int defaultOrders();

    /** @return a name for the report */
    protected abstract String name();

    /** Called after the replay, for figures only this driver knows (retries). */
    protected String extraFigures() {
        return "";
    }

    @Test
    void a_bad_day_on_the_bus_ends_in_the_oracles_windows_and_every_malformed_event_is_rejected() throws IOException {
        int orders = Integer.getInteger("reliability.orders", defaultOrders());
        long seed = Long.getLong("reliability.seed", 20261127L);
        ChaosStream stream = ChaosStream.generate(seed, orders, 25, 2, 120);
        WaitTimeSettings settings = WaitTimeSettings.DEFAULTS;

        LambdaHandlerDriver driver = driver();
        Map<String, ReferenceOracle.Expected> actual = new TreeMap<>();
        try (driver) {
            driver.start(settings);
            stream.deliveries().forEach(d -> driver.deliverRaw(d.json()));
            for (ObservedWaitTime u : driver.updates()) {
                actual.put(u.tenant() + "/" + u.drink(), new ReferenceOracle.Expected(u.duration(), u.sampleSize()));
            }
            actual.values().removeIf(e -> e.sampleSize() == 0);
            Map<String, ReferenceOracle.Expected> expected =
                    ReferenceOracle.windows(stream.events(), settings.windowSize(), settings.maxWait());

            Map<String, Long> rejected = driver.rejections().stream()
                    .collect(Collectors.groupingBy(ObservedRejection::reason, TreeMap::new, Collectors.counting()));
            Map<String, Integer> parseRejections = new TreeMap<>();
            rejected.forEach((reason, n) -> {
                if (PARSE_REASONS.contains(reason)) {
                    parseRejections.put(reason, n.intValue());
                }
            });
            long mismatches = expected.keySet().stream().filter(k -> !expected.get(k).equals(actual.get(k))).count()
                    + actual.keySet().stream().filter(k -> !expected.containsKey(k)).count();
            report(stream, rejected, mismatches, driver.updates().size());

            assertThat(actual).isEqualTo(expected);
            assertThat(parseRejections).isEqualTo(stream.expectedParseRejections());
            assertThat(stream.duplicates()).isGreaterThanOrEqualTo(stream.events().size() / 5);
            assertThat(driver.rejections()).allSatisfy(r -> assertThat(r.message()).isNotBlank());
        }
    }

    private void report(ChaosStream stream, Map<String, Long> rejected, long mismatches, int updates)
            throws IOException {
        String line = String.format("%s: events=%d deliveries=%d duplicates=%d malformed=%s rejected=%s"
                        + " updates=%d mismatches=%d%s%n", name(), stream.events().size(), stream.deliveries().size(),
                stream.duplicates(), new TreeMap<>(stream.corruptions().entrySet().stream()
                        .collect(Collectors.toMap(e -> e.getKey().name(), Map.Entry::getValue))),
                rejected, updates, mismatches, extraFigures());
        System.out.print(line);
        Path out = Path.of("target", "reliability", name() + ".txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, line);
    }

}
