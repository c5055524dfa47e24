package dev.adhoc.waittimes.acceptance.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.adhoc.waittimes.acceptance.drivers.BusEventJson;
import dev.adhoc.waittimes.acceptance.drivers.DynamoDbStores;
import dev.adhoc.waittimes.acceptance.drivers.InMemoryStores;
import dev.adhoc.waittimes.acceptance.drivers.LambdaHandlerDriver;
import dev.adhoc.waittimes.acceptance.dsl.BusEvent;
import dev.adhoc.waittimes.core.engine.WindowKey;
import dev.adhoc.waittimes.core.engine.port.OrderRecords;
import dev.adhoc.waittimes.core.engine.port.SampleIndex;
import dev.adhoc.waittimes.core.memory.InMemoryOrderRecords;
import dev.adhoc.waittimes.core.memory.InMemorySampleIndex;
import dev.adhoc.waittimes.core.waittimes.WaitTimeSettings;
import dev.adhoc.waittimes.core.waittimes.WaitTimeUpdate;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Every event of the hostile corpus ({@link HostileCorpus}) goes through the Lambda handler, between the two halves
 * of an innocent day, with each adapter set behind it. Each must get its expected outcome (a typed rejection with a
 * clean message, ignored, or accepted with exactly the window it names) and emit nothing by itself; and tenant
 * isolation must hold for all of them together: every innocent window ends exactly (same update id) as on the same
 * day without the corpus, and no window exists but the innocent ones and those the corpus names.
 */
class HostileCorpusTest {
    private static final WaitTimeSettings SETTINGS = WaitTimeSettings.DEFAULTS;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant DAY = Instant.parse("2026-11-27T09:00:00Z");

    /** The adapter sets behind the handler. */
    enum Behind { IN_MEMORY, DYNAMODB }

    @ParameterizedTest
    @EnumSource(Behind.class)
    void every_hostile_event_gets_its_outcome_and_no_innocent_window_changes(Behind behind) {
        HostileCorpus corpus = HostileCorpus.load();
        List<BusEvent> innocent = innocentDay();
        List<BusEvent> morning = innocent.subList(0, innocent.size() / 2);
        List<BusEvent> afternoon = innocent.subList(innocent.size() / 2, innocent.size());
        Set<WindowKey> innocentKeys = StoredWindows.keysOf(innocent);
        SoftAssertions softly = new SoftAssertions();
        Map<String, Integer> outcomes = new TreeMap<>();
        Set<String> namedWindows = new TreeSet<>();

        Map<String, WaitTimeUpdate> withCorpus;
        Set<String> windowsWithCorpus;
        try (Extension extension = Extension.start(behind)) {
            morning.forEach(e -> extension.driver.deliverRaw(BusEventJson.of(e)));
            for (HostileCorpus.Case c : corpus.cases()) {
                Delivered d = Delivered.of(() -> extension.driver.deliverBytes(c.bytes()));
                outcomes.merge(d.outcome(), 1, Integer::sum);
                softly.assertThat(d.outcome()).as(c.label()).isEqualTo(c.asserted());
                check(softly, c, d);
                if (c.complete() != null && d.outcome().equals("ACCEPTED")) {
                    namedWindows.add(c.complete().window().key());
                    complete(softly, c, extension.driver);
                }
            }
            afternoon.forEach(e -> extension.driver.deliverRaw(BusEventJson.of(e)));
            withCorpus = extension.stored().current(innocentKeys);
            windowsWithCorpus = extension.windowKeys.get();
            for (HostileCorpus.Case c : corpus.cases()) {
                if (c.complete() != null) {
                    HostileCorpus.Window w = c.complete().window();
                    WaitTimeUpdate stored = extension.stored()
                            .current(List.of(StoredWindows.key(w.tenant(), w.drink()))).get(w.key());
                    softly.assertThat(stored).as(c.label() + ": stored window").isNotNull();
                    if (stored != null) {
                        softly.assertThat(StoredWindows.expected(stored).averageSeconds().toPlainString())
                                .as(c.label() + ": stored average").isEqualTo(w.duration());
                        softly.assertThat(stored.figures().sampleSize()).as(c.label()).isEqualTo(w.sampleSize());
                    }
                }
            }
        }
        Map<String, WaitTimeUpdate> withoutCorpus;
        try (Extension extension = Extension.start(behind)) {
            innocent.forEach(e -> extension.driver.deliverRaw(BusEventJson.of(e)));
            withoutCorpus = extension.stored().current(innocentKeys);
        }

        Set<String> allowed = new TreeSet<>(withoutCorpus.keySet());
        allowed.addAll(namedWindows);
        Set<String> unexpected = new TreeSet<>(windowsWithCorpus);
        unexpected.removeAll(allowed);
        long changed = StoredWindows.mismatches(withoutCorpus, withCorpus);
        RunReport.write("hostile-corpus-" + behind.name().toLowerCase().replace('_', '-'), String.format(
                "cases=%d outcomes=%s innocentKeys=%d innocentWindowsChanged=%d windowsNamed=%d"
                        + " unexpectedWindows=%d", corpus.cases().size(), outcomes,
                innocentKeys.size(), changed, namedWindows.size(), unexpected.size()));

        softly.assertThat(withoutCorpus).hasSize(innocentKeys.size());
        softly.assertThat(withCorpus).as("innocent windows, with and without the corpus").isEqualTo(withoutCorpus);
        softly.assertThat(unexpected).as("windows nobody asked for").isEmpty();
        softly.assertAll();
    }

    private static void check(SoftAssertions softly, HostileCorpus.Case c, Delivered d) {
        if (d.output() == null) {
            return;
        }
        softly.assertThat(d.output().path("entries")).as(c.label() + ": emits nothing by itself").isEmpty();
        JsonNode rejection = d.output().path("rejection");
        if (!rejection.isMissingNode()) {
            String message = rejection.path("message").asText();
            softly.assertThat(message).as(c.label() + ": message").isNotBlank();
            softly.assertThat(message.chars().noneMatch(Character::isISOControl))
                    .as(c.label() + ": message free of control characters: " + message).isTrue();
            if (Boolean.TRUE.equals(c.eventRefIsPosition())) {
                softly.assertThat(rejection.path("eventRef").asText()).as(c.label() + ": eventRef")
                        .startsWith("request ");
            }
        }
    }

    /** Completes the case's order and checks the one update it must emit. */
    private static void complete(SoftAssertions softly, HostileCorpus.Case c, LambdaHandlerDriver driver) {
        JsonNode event = read(c.bytes());
        Instant at = Instant.parse(event.path("time").asText()).plusSeconds(c.complete().afterSeconds());
        BusEvent completion = new BusEvent(BusEvent.Kind.COMPLETED_LEGACY, "completes-" + c.label(),
                event.path("detail").path("eventId").asText(), event.path("detail").path("orderId").asText(), null,
                at.toString());
        Delivered d = Delivered.of(() -> driver.deliverRaw(BusEventJson.of(completion)));
        softly.assertThat(d.outcome()).as(c.label() + ": its completion").isEqualTo("ACCEPTED");
        if (d.output() == null) {
            return;
        }
        HostileCorpus.Window w = c.complete().window();
        softly.assertThat(d.output().path("entries")).as(c.label() + ": its completion's update").hasSize(1);
        JsonNode detail = read(d.output().path("entries").path(0).path("Detail").asText()
                .getBytes(StandardCharsets.UTF_8));
        softly.assertThat(detail.path("eventId").asText()).as(c.label() + ": update's tenant").isEqualTo(w.tenant());
        softly.assertThat(detail.path("drink").asText()).as(c.label() + ": update's drink").isEqualTo(w.drink());
        softly.assertThat(detail.path("sampleSize").asInt()).as(c.label()).isEqualTo(w.sampleSize());
        softly.assertThat(detail.path("duration").decimalValue().setScale(3).toPlainString())
                .as(c.label() + ": update's duration").isEqualTo(w.duration());
    }

    /** Four innocent keys (NYC, LDN × Caffe Latte, Mocha), six orders each: nyc-latte-1 is done 09:05:00-09:06:10. */
    static List<BusEvent> innocentDay() {
        List<BusEvent> morning = new ArrayList<>();
        List<BusEvent> afternoon = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            for (String tenant : List.of("NYC", "LDN")) {
                for (String drink : List.of("Caffe Latte", "Mocha")) {
                    String order = tenant.toLowerCase() + "-" + (drink.equals("Mocha") ? "mocha" : "latte") + "-" + i;
                    Instant submitted = DAY.plusSeconds(300L * i);
                    List<BusEvent> half = i <= 3 ? morning : afternoon;
                    half.add(new BusEvent(BusEvent.Kind.SUBMITTED, order + "-s", tenant, order, drink,
                            submitted.toString()));
                    half.add(new BusEvent(BusEvent.Kind.COMPLETED, order + "-c", tenant, order, null,
                            submitted.plusSeconds(60 + 10L * i).toString()));
                }
            }
        }
        morning.addAll(afternoon);
        return morning;
    }

    private static JsonNode read(byte[] json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a delivery gave: the handler's output and its outcome, or what it threw. */
    private record Delivered(String outcome, JsonNode output) {
        static Delivered of(Supplier<JsonNode> delivery) {
            try {
                JsonNode out = delivery.get();
                String status = out.path("status").asText();
                return new Delivered("REJECTED".equals(status)
                        ? status + " " + out.path("rejection").path("reason").asText() : status, out);
            } catch (RuntimeException | AssertionError e) {
                return new Delivered("THROWS " + e.getClass().getSimpleName(), null);
            }
        }
    }

    /** The handler over fresh stores of one adapter set, and a way to list every stored window. */
    private static final class Extension implements AutoCloseable {
        final LambdaHandlerDriver driver;
        final Supplier<Set<String>> windowKeys;
        private final OrderRecords orders;
        private final SampleIndex windows;

        private Extension(LambdaHandlerDriver driver, OrderRecords orders, SampleIndex windows,
                          Supplier<Set<String>> windowKeys) {
            this.driver = driver;
            this.orders = orders;
            this.windows = windows;
            this.windowKeys = windowKeys;
        }

        static Extension start(Behind behind) {
            if (behind == Behind.IN_MEMORY) {
                InMemoryStores stores = new InMemoryStores();
                InMemoryOrderRecords orders = stores.orderRecords();
                InMemorySampleIndex samples = stores.samples();
                LambdaHandlerDriver driver = new LambdaHandlerDriver(() -> stores);
                driver.start(SETTINGS);
                return new Extension(driver, orders, samples, () -> {
                    Set<String> keys = new TreeSet<>();
                    samples.all().forEach((k, entries) -> {
                        if (entries.stream().anyMatch(e -> !e.isTombstone())) {
                            keys.add(StoredWindows.name(k));
                        }
                    });
                    return keys;
                });
            }
            DynamoDbStores[] stores = new DynamoDbStores[1];
            LambdaHandlerDriver driver = new LambdaHandlerDriver(() -> stores[0] = new DynamoDbStores());
            driver.start(SETTINGS);
            // A Scan, in the test only: the product never scans; here it proves no stray sample is stored.
            return new Extension(driver, stores[0].orderRecords(), stores[0].samples(), () -> {
                Set<String> keys = new TreeSet<>();
                for (Map<String, AttributeValue> item : stores[0].items()) {
                    String pk = item.get("pk").s();
                    if (pk.startsWith("wait-times#INDEX#") && item.containsKey("v")) {
                        keys.add(pk.substring("wait-times#INDEX#".length()).replaceFirst("#", "/"));
                    }
                }
                return keys;
            });
        }

        StoredWindows stored() {
            return new StoredWindows(orders, windows, SETTINGS);
        }

        @Override
        public void close() {
            driver.close();
        }
    }
}
