package dev.adhoc.waittimes.aws.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.adhoc.waittimes.aws.catalog.SchemaDocuments.Located;
import dev.adhoc.waittimes.aws.contract.ContractJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Writes {@code docs/events.md} from the catalog's schemas alone: each event with its producer, consumers, the rule
 * of the extension that matches it, its fields (type, rules, description, example) and a complete example.
 *
 * <p>The committed file is checked by a test that fails when it is stale; {@link #REGENERATE} rewrites it.
 */
public final class EventsDocGenerator {
    /** The page's path in the repository. */
    public static final String DOC_PATH = "docs/events.md";
    /** The command that rewrites {@link #DOC_PATH}, run from the repository root. */
    public static final String REGENERATE = "./mvnw -B -q -pl adapters-aws/eventbridge-contract -am test "
            + "-Dtest=EventsDocTest -Dsurefire.failIfNoSpecifiedTests=false -Dcatalog.write=true";
    private static final String SCHEMA_FOLDER = "adapters-aws/eventbridge-contract/src/main/resources/"
            + EventCatalog.DEFAULT_ROOT;

    private static final ObjectWriter PRETTY = new ObjectMapper().writer(new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    /** How figures are written, and how to use the schemas with a validator other than the Java catalog. */
    private static final String NUMBERS_AND_OTHER_VALIDATORS = """
            ## Numbers

            Waits are seconds, as a JSON number with at most three decimals (millisecond precision): `duration`
            keeps the name and unit of the reference extension, whose consumers read it, and `p50` and `p90` follow
            it. The schemas state that precision in words, not with `multipleOf`: validators compute `multipleOf` in
            binary floating point, where 23.4 is not a multiple of 0.001, so Ajv with its default options or Python's
            `jsonschema` would refuse correct figures. From `schemaVersion` "2" on, every figure also comes as a whole
            number of milliseconds (`durationMs`, `p50Ms`, `p90Ms`), exact in any JSON parser: compute with those,
            show the seconds.

            ## Validating with other validators

            The schemas are plain draft 2020-12. A validator other than the Java catalog needs two things: the
            `date-time` format asserted, and the catalog's annotation keywords (the `x-` keywords, listed under
            `annotations` in `catalog.json`) declared if it refuses unknown keywords, as Ajv does by default. In Node,
            with Ajv 8 and default options:

            ```js
            import Ajv2020 from 'ajv/dist/2020.js';
            import addFormats from 'ajv-formats';

            const ajv = new Ajv2020();
            addFormats(ajv);
            ajv.addVocabulary(catalog.annotations);       // catalog.json
            ajv.addSchema(common);                        // common.schema.json: the events refer to it
            const validate = ajv.compile(drinkAverageTime); // events/OrderManager.DrinkAverageTime.v2.schema.json
            ```

            The build holds the Java catalog and Ajv 8.20.0 to the same verdicts: every example, a set of edge cases
            that both must accept or refuse at the same field, and the emitted detail for every millisecond fraction
            of a wait (`AjvAgreementTest`). Its Node script also checks a file of events, such as the player's
            `--format jsonl` output: `node adapters-aws/eventbridge-contract/src/test/node/ajv-validate.mjs < updates.jsonl`.

            """;

    private final EventCatalog catalog;
    private final SchemaDocuments documents;

    /** @param catalog the catalog to describe */
    public EventsDocGenerator(EventCatalog catalog) {
        this.catalog = catalog;
        this.documents = catalog.documents();
    }

    /**
     * Rewrites the page.
     *
     * @param args the repository root (default: the working directory)
     * @throws IOException if the page cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        Path page = root.resolve(DOC_PATH);
        Files.writeString(page, new EventsDocGenerator(EventCatalog.load()).markdown(), StandardCharsets.UTF_8);
        System.out.println("wrote " + page);
    }

    /** @return the whole page, lines ending in {@code \n} */
    public String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("<!-- Generated by ").append(getClass().getName()).append(" from ").append(SCHEMA_FOLDER)
                .append(". Do not edit by hand; regenerate from the repository root with:\n     ")
                .append(REGENERATE).append(" -->\n\n");
        md.append("# ").append(catalog.title()).append("\n\n");
        md.append(catalog.description()).append("\n\n");
        md.append("The schemas live in `").append(SCHEMA_FOLDER).append("` (listed in `catalog.json`) and ship in the ")
                .append("`aws-eventbridge-contract` jar; `dev.adhoc.waittimes.aws.catalog.EventCatalog` validates events against ")
                .append("them. Folder, versions and the rules for evolving them: ")
                .append("[ADR 0007](adr/0007-events-catalog.md).\n\n");
        md.append("How a defect is reported: a missing required field (or a blank one) is `MISSING_FIELD`, a value of ")
                .append("the wrong JSON type `WRONG_TYPE`, input that is not one JSON object `NOT_JSON`, input above ")
                .append(ContractJson.MAX_EVENT_BYTES).append(" bytes `OVERSIZED`; a broken rule gives the reason ")
                .append("shown beside it in the *Rules* column (`INVALID_VALUE` where none is shown). ")
                .append("An event whose `source` and `detail-type` are not below is not in the catalog; the extension ")
                .append("ignores it.\n\n");

        md.append(NUMBERS_AND_OTHER_VALIDATORS);
        md.append("## Summary\n\n");
        md.append("| Event (detail-type) | Role | Version | Producer |\n|---|---|---|---|\n");
        for (CatalogEntry entry : catalog.entries()) {
            md.append("| [`").append(entry.title()).append("`](#").append(anchor(entry.title())).append(") | ")
                    .append(roleName(entry.role())).append(" | ").append(entry.version()).append(" | ")
                    .append(cell(entry.producer())).append(" |\n");
        }
        md.append('\n');

        Located envelope = documents.resolve(catalog.commonId(), "#/$defs/envelope");
        md.append("## ").append(envelope.node().path("title").asText("Envelope")).append("\n\n");
        md.append(envelope.node().path("description").asText()).append(" Shared by every event below ")
                .append("(`").append(catalog.commonFile()).append("`).\n\n");
        fieldTable(md, envelope, "", List.of("detail"), null);

        for (EventRole role : EventRole.values()) {
            List<CatalogEntry> entries = catalog.entries().stream().filter(e -> e.role() == role).toList();
            if (entries.isEmpty()) {
                continue;
            }
            md.append("## ").append(sectionName(role)).append("\n\n");
            entries.forEach(entry -> event(md, entry));
        }
        return md.toString();
    }

    private void event(StringBuilder md, CatalogEntry entry) {
        JsonNode schema = entry.schema();
        md.append("### `").append(entry.title()).append("`\n\n");
        md.append(schema.path("description").asText()).append("\n\n");
        JsonNode detailType = schema.at("/properties/detail-type");
        if (entry.detailType() != null) {
            md.append("- **detail-type**: `").append(entry.detailType()).append("`\n");
        } else {
            md.append("- **detail-type**: matches `").append(detailType.path("pattern").asText()).append("`, e.g. `")
                    .append(detailType.path("examples").path(0).asText()).append("`\n");
        }
        md.append("- **Schema**: `").append(entry.file()).append("`, version ").append(entry.version()).append('\n');
        md.append("- **Producer**: ").append(entry.producer()).append('\n');
        md.append("- **Consumers**: ").append(String.join("; ", entry.consumers())).append('\n');
        md.append("- **Extension rule**: ").append(entry.extensionRule()).append('\n');
        if (schema.has("x-evolution")) {
            md.append("- **Evolution**: ").append(schema.get("x-evolution").asText()).append('\n');
        }
        md.append('\n');
        JsonNode example = entry.examples().isEmpty() ? null : entry.examples().get(0);
        fieldTable(md, new Located(entry.id(), schema.at("/properties/detail")), "detail.", List.of(),
                example == null ? null : example.get("detail"));
        if (example != null) {
            md.append("Example:\n\n```json\n").append(pretty(example)).append("\n```\n\n");
        }
    }

    private void fieldTable(StringBuilder md, Located object, String prefix, List<String> skip, JsonNode example) {
        md.append("| Field | Type | Required | Rules | Description | Example |\n|---|---|---|---|---|---|\n");
        rows(md, object, prefix, skip, example);
        md.append('\n');
    }

    private void rows(StringBuilder md, Located object, String prefix, List<String> skip, JsonNode example) {
        Located resolved = documents.follow(object);
        Set<String> required = new LinkedHashSet<>();
        resolved.node().path("required").forEach(r -> required.add(r.asText()));
        resolved.node().path("properties").properties().forEach(field -> {
            String name = field.getKey();
            if (skip.contains(name)) {
                return;
            }
            Located property = new Located(resolved.documentId(), field.getValue());
            JsonNode value = example == null ? null : example.get(name);
            md.append("| `").append(prefix).append(name).append("` | ")
                    .append(cell(type(property))).append(" | ")
                    .append(required.contains(name) ? "yes" : "no").append(" | ")
                    .append(cell(String.join("; ", rules(property)))).append(" | ")
                    .append(cell(description(property))).append(" | ")
                    .append(cell(exampleOf(property, value))).append(" |\n");
            if (documents.follow(property).node().has("properties")) {
                rows(md, property, prefix + name + ".", List.of(), value);
            }
        });
    }

    /** The JSON type(s), with the format and item type. */
    private String type(Located property) {
        JsonNode node = property.node();
        JsonNode type = node.get("type");
        if (type == null && node.has("$ref")) {
            return type(documents.resolve(property.documentId(), node.get("$ref").asText()));
        }
        if (type == null) {
            return node.has("const") ? jsonType(node.get("const")) : "any";
        }
        List<String> names = new ArrayList<>();
        if (type.isArray()) {
            type.forEach(t -> names.add(t.asText()));
        } else {
            names.add(type.asText());
        }
        String text = String.join(" or ", names);
        if (names.contains("array") && node.at("/items/type").isTextual()) {
            text = text.replace("array", "array of " + node.at("/items/type").asText());
        }
        return node.has("format") ? text + " (" + node.get("format").asText() + ")" : text;
    }

    /** The constraints of a field, each with the rejection reason it gives when not the default. */
    private List<String> rules(Located at) {
        List<String> rules = new ArrayList<>();
        JsonNode node = at.node();
        String reason = node.has("x-rejection") ? " (else `" + node.get("x-rejection").asText() + "`)" : "";
        if (node.has("const")) {
            rules.add("always `" + node.get("const") + "`" + reason);
        }
        if (node.has("enum")) {
            List<String> values = new ArrayList<>();
            node.get("enum").forEach(v -> values.add("`" + v + "`"));
            rules.add("one of " + String.join(", ", values) + reason);
        }
        if (node.has("pattern")) {
            rules.add("matches `" + node.get("pattern").asText() + "`" + reason);
        }
        if (node.has("format")) {
            rules.add(node.get("format").asText() + reason);
        }
        if (node.has("minLength")) {
            rules.add("at least " + node.get("minLength").asInt() + " characters" + reason);
        }
        if (node.has("maxLength")) {
            rules.add("at most " + node.get("maxLength").asInt() + " characters" + reason);
        }
        if (node.has("minimum")) {
            rules.add("at least " + node.get("minimum").asText() + reason);
        }
        if (node.has("maximum")) {
            rules.add("at most " + node.get("maximum").asText() + reason);
        }
        if (node.has("multipleOf")) {
            rules.add("multiple of " + node.get("multipleOf").asText() + reason);
        }
        List<Located> parts = new ArrayList<>();
        if (node.has("$ref")) {
            parts.add(documents.resolve(at.documentId(), node.get("$ref").asText()));
        }
        node.path("allOf").forEach(part -> parts.add(new Located(at.documentId(), part)));
        for (Located part : parts) {
            Located target = documents.follow(part);
            if (target.node().has("title") && !target.node().has("properties")) {
                String partReason = target.node().has("x-rejection")
                        ? " (else `" + target.node().get("x-rejection").asText() + "`)" : "";
                rules.add(target.node().get("title").asText() + partReason);
            } else if (!target.node().has("properties")) {
                rules.addAll(rules(target));
            }
        }
        return rules;
    }

    private String description(Located property) {
        if (property.node().has("description")) {
            return property.node().get("description").asText();
        }
        return property.node().has("$ref")
                ? description(documents.resolve(property.documentId(), property.node().get("$ref").asText())) : "";
    }

    private String exampleOf(Located property, JsonNode fromEvent) {
        if (documents.follow(property).node().has("properties")) {
            return ""; // an object: its fields have their own rows
        }
        if (fromEvent != null && !fromEvent.isContainerNode()) {
            return "`" + fromEvent + "`";
        }
        JsonNode node = property.node();
        if (node.has("examples")) {
            return "`" + node.get("examples").get(0) + "`";
        }
        if (node.has("$ref")) {
            return exampleOf(documents.resolve(property.documentId(), node.get("$ref").asText()), null);
        }
        return fromEvent == null ? "" : "`" + fromEvent + "`";
    }

    private static String jsonType(JsonNode value) {
        return value.isTextual() ? "string" : value.isNumber() ? "number" : value.isBoolean() ? "boolean" : "any";
    }

    private static String roleName(EventRole role) {
        return switch (role) {
            case CONSUMED -> "consumed";
            case KNOWN -> "known, not consumed";
            case EMITTED -> "emitted";
        };
    }

    private static String sectionName(EventRole role) {
        return switch (role) {
            case CONSUMED -> "Consumed events";
            case KNOWN -> "Known events the extension ignores";
            case EMITTED -> "Emitted events";
        };
    }

    /** GitHub's heading anchor: lower case, punctuation dropped, spaces to hyphens. */
    static String anchor(String title) {
        return title.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
    }

    /** Text safe inside one Markdown table cell. */
    private static String cell(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ");
    }

    private static String pretty(JsonNode node) {
        try {
            return PRETTY.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
