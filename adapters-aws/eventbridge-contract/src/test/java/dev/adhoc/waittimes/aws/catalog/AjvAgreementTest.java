package dev.adhoc.waittimes.aws.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.core.JsonPointer;
import dev.adhoc.waittimes.aws.contract.ContractJson;
import dev.adhoc.waittimes.aws.contract.WaitTimeEntries;
import dev.adhoc.waittimes.core.domain.Drink;
import dev.adhoc.waittimes.core.domain.OrderId;
import dev.adhoc.waittimes.core.domain.TenantId;
import dev.adhoc.waittimes.core.engine.Sample;
import dev.adhoc.waittimes.core.engine.Window;
import dev.adhoc.waittimes.core.engine.WindowKey;
import dev.adhoc.waittimes.core.waittimes.WaitTimeUpdate;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The catalog as consumers validate with it: Ajv 8 (draft 2020-12, default options, as a Node consumer runs it)
 * and the Java catalog accept the same events and refuse the same events, at the same place. The cases: every
 * example of the schemas, the edge cases of {@code catalog/validator-cases.json}, and the details the extension
 * emits for every millisecond fraction of a wait.
 */
class AjvAgreementTest {
    private static final EventCatalog CATALOG = EventCatalog.load();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNode CASES = readCases();

    @Test
    void everyEventExampleIsValidInBoth() {
        List<Ajv.Case> cases = new ArrayList<>();
        for (CatalogEntry entry : CATALOG.entries()) {
            for (JsonNode example : entry.examples()) {
                assertThat(CATALOG.validate(example).describe()).isEqualTo("valid " + entry.label());
                cases.add(new Ajv.Case(entry.id(), example));
            }
        }
        List<Ajv.Result> results = Ajv.validate(cases);
        for (int i = 0; i < cases.size(); i++) {
            assertThat(results.get(i).errors()).as(cases.get(i).toString()).isEmpty();
        }
    }

    @Test
    void everyFieldExampleIsValidInBoth() {
        List<Ajv.Case> cases = new ArrayList<>();
        CATALOG.documents().all().forEach((id, document) -> CatalogSchemasTest.walk(document, "", (pointer, node) -> {
            if (!pointer.isEmpty() && node.has("examples")) {
                for (JsonNode example : node.get("examples")) {
                    assertThat(CATALOG.validateAt(id + "#" + pointer, example)).as(id + "#" + pointer).isEmpty();
                    cases.add(new Ajv.Case(id + "#" + pointer, example));
                }
            }
        }));
        List<Ajv.Result> results = Ajv.validate(cases);
        for (int i = 0; i < cases.size(); i++) {
            assertThat(results.get(i).errors()).as(cases.get(i).toString()).isEmpty();
        }
        assertThat(cases).hasSizeGreaterThan(40);
    }

    @Test
    void theEdgeCasesAreValidInBoth() {
        List<Ajv.Case> cases = new ArrayList<>();
        for (JsonNode c : CASES.get("valid")) {
            ObjectNode event = derive(c);
            assertThat(CATALOG.validate(event).violations()).as(c.path("note").asText()).isEmpty();
            cases.add(new Ajv.Case(schemaOf(c).id(), event));
        }
        List<Ajv.Result> results = Ajv.validate(cases);
        for (int i = 0; i < cases.size(); i++) {
            assertThat(results.get(i).errors()).as(CASES.get("valid").get(i).path("note").asText()).isEmpty();
        }
    }

    @Test
    void everyInvalidExampleIsRefusedByBothAtTheSamePlace() {
        List<Ajv.Case> cases = new ArrayList<>();
        for (JsonNode c : CASES.get("invalid")) {
            ObjectNode event = derive(c);
            assertThat(CATALOG.validate(event).violations()).as(c.toString())
                    .anySatisfy(v -> {
                        assertThat(v.path()).isEqualTo(c.get("refused").asText());
                        assertThat(v.keyword()).isEqualTo(c.get("keyword").asText());
                        assertThat(v.reason().name()).isEqualTo(c.get("reason").asText());
                    })
                    .allSatisfy(v -> assertThat(v.path()).isEqualTo(c.get("refused").asText()));
            cases.add(new Ajv.Case(schemaOf(c).id(), event));
        }
        List<Ajv.Result> results = Ajv.validate(cases);
        for (int i = 0; i < cases.size(); i++) {
            JsonNode c = CASES.get("invalid").get(i);
            assertThat(results.get(i).valid()).as(c.toString()).isFalse();
            assertThat(results.get(i).paths()).as(c.toString()).contains(c.get("refused").asText())
                    .allSatisfy(path -> assertThat(path).isEqualTo(c.get("refused").asText()));
        }
        assertThat(cases).hasSizeGreaterThan(20);
    }

    /** Every millisecond fraction of a wait at five magnitudes, and windows of random waits of every size. */
    @Test
    void everyDetailTheExtensionEmitsIsValidInBoth() throws IOException {
        WaitTimeEntries entries = new WaitTimeEntries(ContractJson.newMapper(), "Serverlesspresso");
        String schema = CATALOG.entryFor(CATALOG.source(), WaitTimeEntries.DETAIL_TYPE).orElseThrow().id()
                + "#/properties/detail";
        List<WaitTimeUpdate> updates = new ArrayList<>();
        for (long whole : new long[] {0, 1, 59, 899, 86_399}) {
            for (int fraction = 0; fraction < 1000; fraction++) {
                updates.add(update(List.of(Duration.ofMillis(whole * 1000 + fraction)), 10));
            }
        }
        Random random = new Random(42);
        for (int i = 0; i < 1000; i++) {
            List<Duration> waits = new ArrayList<>();
            for (int n = 1 + random.nextInt(20); n > 0; n--) {
                waits.add(Duration.ofMillis(random.nextInt(15 * 60 * 1000 + 1)));
            }
            updates.add(update(waits, waits.size() + random.nextInt(1001 - waits.size())));
        }
        updates.add(update(List.of(), 10));

        List<Ajv.Case> cases = new ArrayList<>();
        for (WaitTimeUpdate update : updates) {
            String detail = entries.entry(update).detail();
            assertThat(CATALOG.validateDetail(CATALOG.source(), WaitTimeEntries.DETAIL_TYPE, detail).violations())
                    .as(detail).isEmpty();
            cases.add(new Ajv.Case(schema, JSON.readTree(detail)));
        }
        List<Ajv.Result> results = Ajv.validate(cases);
        for (int i = 0; i < cases.size(); i++) {
            assertThat(results.get(i).errors()).as(cases.get(i).instance().toString()).isEmpty();
        }
        assertThat(results).hasSize(6001);
    }

    /** A detail Ajv must refuse, so that the agreement above cannot hold by Ajv accepting everything. */
    @Test
    void ajvRefusesWhatTheJavaCatalogRefuses() {
        ObjectNode example = (ObjectNode) CATALOG.entries().get(0).examples().get(0).deepCopy();
        example.remove("detail");

        assertThat(Ajv.validate(List.of(new Ajv.Case(CATALOG.entries().get(0).id(), example))).get(0).paths())
                .containsExactly("/detail");
        assertThat(CATALOG.validate(example).violations()).extracting(Violation::path).containsExactly("/detail");
    }

    private static WaitTimeUpdate update(List<Duration> waits, int windowSize) {
        Instant completed = Instant.parse("2026-11-27T12:00:00Z");
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i < waits.size(); i++) {
            samples.add(new Sample(new OrderId("o" + i), completed.plusSeconds(i), waits.get(i).toMillis()));
        }
        WindowKey key = new WindowKey(new TenantId("NYC"), new Drink("Caffe Latte"));
        return WaitTimeUpdate.of(key, samples.isEmpty() ? Window.empty() : new Window(samples), windowSize);
    }

    private static CatalogEntry schemaOf(JsonNode c) {
        return CATALOG.entries().stream().filter(e -> e.title().equals(c.get("event").asText())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no event " + c.get("event")));
    }

    /** @return the first example of the case's event, with its {@code set} and {@code remove} applied */
    private static ObjectNode derive(JsonNode c) {
        ObjectNode event = schemaOf(c).examples().get(0).deepCopy();
        c.path("set").properties().forEach(change -> {
            JsonPointer pointer = JsonPointer.compile(change.getKey());
            ((ObjectNode) event.at(pointer.head())).set(pointer.last().getMatchingProperty(), change.getValue());
        });
        for (JsonNode removed : c.path("remove")) {
            JsonPointer pointer = JsonPointer.compile(removed.asText());
            ((ObjectNode) event.at(pointer.head())).remove(pointer.last().getMatchingProperty());
        }
        return event;
    }

    private static JsonNode readCases() {
        try (InputStream in = AjvAgreementTest.class.getResourceAsStream("/catalog/validator-cases.json")) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
