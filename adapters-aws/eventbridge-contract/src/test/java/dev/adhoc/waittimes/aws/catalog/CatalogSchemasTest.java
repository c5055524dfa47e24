package dev.adhoc.waittimes.aws.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import dev.adhoc.waittimes.core.domain.RejectionReason;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The schemas themselves: valid draft 2020-12, complete enough to generate the docs from, every example valid, and
 * every detail-type of the contract catalogued.
 */
class CatalogSchemasTest {
    private static final EventCatalog CATALOG = EventCatalog.load();
    private static final ObjectMapper JSON = new ObjectMapper();
    /** catalog.json lists its annotation keywords, for validators that must be told about them (Ajv). */
    private static final Set<String> ANNOTATIONS = annotations();
    private static final Schema META_SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                    builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()))
            .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));

    @Test
    void everySchemaIsValidDraft202012() {
        CATALOG.documents().all().forEach((id, document) -> {
            assertThat(document.path("$schema").asText()).as(id).isEqualTo("https://json-schema.org/draft/2020-12/schema");
            assertThat(META_SCHEMA.validate(document)).as(id).isEmpty();
        });
    }

    @Test
    void theMetaSchemaCheckCatchesABrokenSchema() throws IOException {
        JsonNode broken = JSON.readTree("{\"type\": \"strnig\", \"required\": \"orderId\", \"pattern\": \"[a-\"}");

        assertThat(META_SCHEMA.validate(broken)).extracting(Error::getKeyword).contains("enum", "type", "format");
    }

    @Test
    void everyFileOfTheFolderIsInTheCatalogAndNoOtherFile() throws IOException {
        Path folder = repoRoot().resolve("adapters-aws/eventbridge-contract/src/main/resources").resolve(EventCatalog.DEFAULT_ROOT);
        List<String> onDisk;
        try (Stream<Path> files = Files.walk(folder)) {
            onDisk = files.filter(f -> f.toString().endsWith(".schema.json"))
                    .map(f -> folder.relativize(f).toString().replace('\\', '/')).sorted().toList();
        }
        List<String> listed = new ArrayList<>(CATALOG.entries().stream().map(CatalogEntry::file).toList());
        listed.add(CATALOG.commonFile());

        assertThat(onDisk).containsExactlyInAnyOrderElementsOf(listed);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Validator.NewOrder                      | KNOWN
            OrderProcessor.WorkflowStarted          | KNOWN
            OrderProcessor.WaitingCompletion        | KNOWN
            OrderManager.WaitingCompletion          | CONSUMED
            OrderManager.MakeOrder                  | CONSUMED
            OrderManager.OrderNYC-COMPLETED         | CONSUMED
            OrderManager.Orderreinvent-CANCELLED    | CONSUMED
            OrderManager.OrderCompleted             | CONSUMED
            OrderManager.OrderCancelled             | CONSUMED
            OrderProcessor.OrderTimeOut             | CONSUMED
            OrderProcessor.orderFinished            | CONSUMED
            OrderManager.DrinkAverageTime           | EMITTED
            OrderManager.WaitTimeAlert              | EMITTED
            OrderManager.Throughput                 | EMITTED
            """)
    void everyDetailTypeOfTheContractIsCatalogued(String detailType, EventRole role) {
        assertThat(CATALOG.entryFor(CATALOG.source(), detailType)).get().extracting(CatalogEntry::role).isEqualTo(role);
    }

    @Test
    void everyDetailTypeMatchesOneSchemaOnly() {
        for (CatalogEntry entry : CATALOG.entries()) {
            List<String> names = new ArrayList<>();
            entry.examples().forEach(e -> names.add(e.path("detail-type").asText()));
            if (entry.detailType() != null) {
                names.add(entry.detailType());
            }
            for (String name : names) {
                assertThat(CATALOG.entries().stream().filter(e -> e.matches(name)).map(CatalogEntry::file))
                        .as(name).containsExactly(entry.file());
            }
        }
    }

    @Test
    void everyEventExampleIsValidAgainstItsOwnSchema() {
        for (CatalogEntry entry : CATALOG.entries()) {
            assertThat(entry.examples()).as(entry.file()).isNotEmpty();
            for (JsonNode example : entry.examples()) {
                Validation validation = CATALOG.validate(example.toString());
                assertThat(validation.describe()).as(entry.file()).isEqualTo("valid " + entry.label());
            }
        }
    }

    @Test
    void everyFieldExampleIsValidAgainstItsField() {
        List<String> checked = new ArrayList<>();
        CATALOG.documents().all().forEach((id, document) -> walk(document, "", (pointer, node) -> {
            if (pointer.isEmpty() || !node.has("examples")) {
                return; // a whole event's examples are checked as events
            }
            for (JsonNode example : node.get("examples")) {
                assertThat(CATALOG.validateAt(id + "#" + pointer, example)).as(id + "#" + pointer + " " + example)
                        .isEmpty();
                checked.add(pointer);
            }
        }));
        assertThat(checked).hasSizeGreaterThan(40);
    }

    @Test
    void everyEventSchemaHasTheAnnotationsTheDocsAreMadeOf() {
        for (CatalogEntry entry : CATALOG.entries()) {
            JsonNode schema = entry.schema();
            assertThat(schema.path("description").asText()).as(entry.file()).isNotBlank();
            assertThat(entry.producer()).as(entry.file()).isNotBlank();
            assertThat(entry.consumers()).as(entry.file()).isNotEmpty().allSatisfy(c -> assertThat(c).isNotBlank());
            assertThat(entry.extensionRule()).as(entry.file()).isNotBlank();
            assertThat(schema.path("$ref").asText()).as(entry.file()).endsWith("common.schema.json#/$defs/envelope");
            walk(schema.at("/properties/detail/properties"), "", (pointer, node) -> {
                if (pointer.split("/").length == 2 || pointer.matches(".*/properties/[^/]+")) {
                    assertThat(node.has("description")).as(entry.file() + " field " + pointer).isTrue();
                }
            });
        }
    }

    @Test
    void onlyKnownAnnotationsAreUsedAndRejectionsNameRealReasons() {
        CATALOG.documents().all().forEach((id, document) -> walk(document, "", (pointer, node) -> {
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (name.startsWith("x-")) {
                    assertThat(ANNOTATIONS).as(id + "#" + pointer).contains(name);
                }
            }
            if (node.has("x-rejection")) {
                assertThat(Arrays.stream(RejectionReason.values()).map(Enum::name))
                        .as(id + "#" + pointer).contains(node.get("x-rejection").asText());
            }
        }));
    }

    @Test
    void everyEmittedEventStatesItsVersionItsTenantAndHowItEvolves() {
        List<CatalogEntry> emitted = CATALOG.entries().stream().filter(e -> e.role() == EventRole.EMITTED).toList();
        assertThat(emitted).hasSize(3);
        for (CatalogEntry entry : emitted) {
            JsonNode detail = entry.schema().at("/properties/detail");
            JsonNode versions = detail.at("/properties/schemaVersion/enum");
            assertThat(versions.get(versions.size() - 1).asText()).as(entry.file()).isEqualTo(entry.version());
            assertThat(detail.get("required")).as(entry.file()).extracting(JsonNode::asText)
                    .contains("eventId", "updateId", "schemaVersion");
            assertThat(entry.schema().path("x-evolution").asText()).as(entry.file()).isNotBlank();
        }
    }

    @Test
    void everyEmittedEventNamesTheExtensionThatEmitsItAndNoOtherEventDoes() {
        Map<String, String> emittedBy = new java.util.TreeMap<>();
        for (CatalogEntry entry : CATALOG.entries()) {
            JsonNode by = entry.schema().get("x-emitted-by");
            assertThat(by != null).as(entry.file()).isEqualTo(entry.role() == EventRole.EMITTED);
            if (by != null) {
                emittedBy.put(entry.title(), by.asText());
            }
        }
        // the extensions' Configuration names, which are also their key prefixes in a shared table
        assertThat(emittedBy).containsExactlyInAnyOrderEntriesOf(Map.of(
                "OrderManager.DrinkAverageTime", "wait-times",
                "OrderManager.WaitTimeAlert", "wait-time-alerts",
                "OrderManager.Throughput", "throughput"));
    }

    @Test
    void theDrinkAverageTimeKeepsTheReferenceFields() {
        JsonNode detail = CATALOG.entryFor(CATALOG.source(), "OrderManager.DrinkAverageTime").orElseThrow().schema()
                .at("/properties/detail");
        assertThat(detail.get("required")).extracting(JsonNode::asText).contains("eventId", "drink", "duration");
        assertThat(detail.at("/properties/duration/type").asText()).isEqualTo("number");
    }

    private static Set<String> annotations() {
        try (var in = CatalogSchemasTest.class.getClassLoader().getResourceAsStream(EventCatalog.DEFAULT_ROOT + "catalog.json")) {
            Set<String> names = new java.util.HashSet<>();
            JSON.readTree(in).path("annotations").forEach(name -> names.add(name.asText()));
            return Set.copyOf(names);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Calls the visitor for every object node of a document, with its JSON Pointer. */
    static void walk(JsonNode node, String pointer, java.util.function.BiConsumer<String, JsonNode> visitor) {
        if (node.isObject()) {
            visitor.accept(pointer, node);
            node.properties().forEach(f -> {
                if (!f.getKey().equals("examples") && !f.getKey().equals("const") && !f.getKey().equals("enum")) {
                    walk(f.getValue(), pointer + "/" + f.getKey().replace("~", "~0").replace("/", "~1"), visitor);
                }
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), pointer + "/" + i, visitor);
            }
        }
    }

    static Path repoRoot() {
        return Path.of(Objects.requireNonNull(System.getProperty("repo.root"),
                "system property repo.root (set by surefire in the root pom)"));
    }
}
