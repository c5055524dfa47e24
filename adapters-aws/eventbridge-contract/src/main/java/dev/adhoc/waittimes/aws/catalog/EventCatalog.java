package dev.adhoc.waittimes.aws.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import com.networknt.schema.path.PathType;
import dev.adhoc.waittimes.aws.contract.ContractJson;
import dev.adhoc.waittimes.core.domain.RejectionReason;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The events catalog: the JSON Schemas of the events the extension consumes, knows and emits, loaded from the class
 * path ({@code schemas/catalog.json} lists them), and validation of events against them.
 *
 * <p>An event's schema is picked by its {@code source} and {@code detail-type}; a schema covers one detail-type
 * ({@code const}) or a family of them ({@code pattern}, e.g. {@code OrderManager.Order<eventId>-COMPLETED}).
 * Every violation carries the {@link RejectionReason} the extension's parser must give for the same defect, taken
 * from the keyword that failed ({@code required}: missing, {@code type}: wrong type) or from the {@code x-rejection}
 * annotation of the schema that holds it (otherwise {@code INVALID_VALUE}).
 *
 * <p>Immutable and safe to share between threads; load it once.
 */
public final class EventCatalog {

    static final String DEFAULT_ROOT = "schemas/";
    private static final String INDEX = "catalog.json";
    private static final Pattern VERSIONED_FILE = Pattern.compile("(?:.*/)?[^/]+\\.v([1-9][0-9]*)\\.schema\\.json");

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    /** Events are read exactly as the parser reads them (duplicate keys, nesting, trailing content). */
    private static final ObjectMapper EVENTS = ContractJson.newMapper();

    private final String title;
    private final String description;
    private final String commonFile;
    private final String commonId;
    private final String source;
    private final SchemaDocuments documents;
    private final List<CatalogEntry> entries;
    private final Map<String, Schema> eventSchemas;
    private final Map<String, Schema> detailSchemas;
    private final Schema envelopeSchema;
    private final SchemaRegistry registry;
    private final Map<String, Schema> parts = new ConcurrentHashMap<>();

    private EventCatalog(String title, String description, String commonFile, String commonId, String source,
                         SchemaDocuments documents, List<CatalogEntry> entries, SchemaRegistry registry) {
        this.title = title;
        this.description = description;
        this.commonFile = commonFile;
        this.commonId = commonId;
        this.source = source;
        this.documents = documents;
        this.entries = List.copyOf(entries);
        this.registry = registry;
        Map<String, Schema> events = new HashMap<>();
        Map<String, Schema> details = new HashMap<>();
        for (CatalogEntry entry : entries) {
            events.put(entry.id(), compile(registry, entry.id()));
            details.put(entry.id(), compile(registry, entry.id() + "#/properties/detail"));
        }
        this.eventSchemas = Map.copyOf(events);
        this.detailSchemas = Map.copyOf(details);
        this.envelopeSchema = compile(registry, commonId + "#/$defs/envelope");
    }

    /**
     * @return the catalog shipped with this module
     * @throws CatalogException if its files are missing or malformed
     */
    public static EventCatalog load() {
        return load(EventCatalog.class.getClassLoader(), DEFAULT_ROOT);
    }

    /**
     * @param loader where to find the files
     * @param root   the catalog folder on the class path, ending in {@code /}
     * @return the catalog of that folder
     * @throws CatalogException if its files are missing or malformed
     */
    static EventCatalog load(ClassLoader loader, String root) {
        JsonNode index = read(loader, root, INDEX);
        String commonFile = requiredText(index, "common", INDEX);
        SchemaDocuments documents = new SchemaDocuments();
        Map<String, String> texts = new HashMap<>();

        JsonNode common = read(loader, root, commonFile);
        String commonId = requiredText(common, "$id", commonFile);
        documents.add(commonId, common);
        texts.put(commonId, common.toString());
        String source = common.at("/$defs/envelope/properties/source/const").asText(null);
        if (source == null) {
            throw new CatalogException(commonFile + ": the envelope must fix the source with const");
        }

        List<CatalogEntry> entries = new ArrayList<>();
        for (JsonNode fileNode : index.path("events")) {
            String file = fileNode.asText();
            JsonNode schema = read(loader, root, file);
            CatalogEntry entry = entryOf(file, schema);
            documents.add(entry.id(), schema);
            texts.put(entry.id(), schema.toString());
            entries.add(entry);
        }
        if (entries.isEmpty()) {
            throw new CatalogException(INDEX + ": lists no event schema");
        }

        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, builder -> builder
                .schemaRegistryConfig(SchemaRegistryConfig.builder()
                        .formatAssertionsEnabled(true)
                        .pathType(PathType.JSON_POINTER)
                        .build())
                // every $ref resolves inside the catalog: never fetch anything
                .schemas(texts::get)
                .schemaLoader(loaderBuilder -> loaderBuilder.fetchRemoteResources(false)));
        return new EventCatalog(requiredText(index, "title", INDEX), requiredText(index, "description", INDEX),
                commonFile, commonId, source, documents, entries, registry);
    }

    /** @return every event of the catalog, in the order of {@code catalog.json} */
    public List<CatalogEntry> entries() {
        return entries;
    }

    /** @return the catalog's title ({@code catalog.json}) */
    public String title() {
        return title;
    }

    /** @return what the catalog holds ({@code catalog.json}) */
    public String description() {
        return description;
    }

    /** @return the source of every event of the bus */
    public String source() {
        return source;
    }

    /**
     * @param eventSource     an event's {@code source}
     * @param eventDetailType an event's {@code detail-type}
     * @return the schema of that event, if the catalog has one
     */
    public Optional<CatalogEntry> entryFor(String eventSource, String eventDetailType) {
        if (!source.equals(eventSource) || eventDetailType == null) {
            return Optional.empty();
        }
        return entries.stream().filter(e -> e.matches(eventDetailType)).findFirst();
    }

    /**
     * Validates an event as it arrives: the JSON text of an EventBridge envelope.
     *
     * @param eventJson the event
     * @return the outcome; a non-JSON or oversized input is invalid ({@code NOT_JSON}, {@code OVERSIZED})
     */
    public Validation validate(String eventJson) {
        if (eventJson == null) {
            return invalid("json", "no input", RejectionReason.NOT_JSON);
        }
        if (eventJson.length() > ContractJson.MAX_EVENT_BYTES / 3
                && eventJson.getBytes(StandardCharsets.UTF_8).length > ContractJson.MAX_EVENT_BYTES) {
            return oversized();
        }
        JsonNode event;
        try {
            event = EVENTS.readTree(eventJson);
        } catch (JsonProcessingException e) {
            return invalid("json", "not JSON: " + e.getOriginalMessage(), RejectionReason.NOT_JSON);
        }
        return validate(event);
    }

    /**
     * Validates an event as it arrives on the wire: UTF-8 bytes (invalid UTF-8 is {@code NOT_JSON}).
     *
     * @param eventJson the event's bytes
     * @return the outcome
     */
    public Validation validate(byte[] eventJson) {
        if (eventJson.length > ContractJson.MAX_EVENT_BYTES) {
            return oversized();
        }
        JsonNode event;
        try {
            event = EVENTS.readTree(eventJson);
        } catch (java.io.IOException e) {
            return invalid("json", "not JSON: " + e.getMessage(), RejectionReason.NOT_JSON);
        }
        return validate(event);
    }

    /**
     * Validates an event already parsed.
     *
     * @param event the EventBridge envelope
     * @return the outcome
     */
    public Validation validate(JsonNode event) {
        if (event == null || !event.isObject()) {
            return invalid("json", "the event is not a JSON object", RejectionReason.NOT_JSON);
        }
        JsonNode eventSource = event.get("source");
        JsonNode detailType = event.get("detail-type");
        if (eventSource == null || !eventSource.isTextual() || detailType == null || !detailType.isTextual()) {
            // Cannot tell which event this is: judge the envelope alone.
            return Validation.of(null, violations(envelopeSchema, event, ""));
        }
        Optional<CatalogEntry> entry = entryFor(eventSource.asText(), detailType.asText());
        if (entry.isEmpty()) {
            return Validation.notInCatalog();
        }
        return Validation.of(entry.get(), violations(eventSchemas.get(entry.get().id()), event, ""));
    }

    /**
     * Validates what the extension emits: one entry of {@code PutEvents} (source, detail-type and the detail as
     * JSON text), before EventBridge wraps it in an envelope.
     *
     * @param entrySource     the entry's {@code Source}
     * @param entryDetailType the entry's {@code DetailType}
     * @param detailJson      the entry's {@code Detail}
     * @return the outcome; violation paths start with {@code /detail}
     */
    public Validation validateDetail(String entrySource, String entryDetailType, String detailJson) {
        Optional<CatalogEntry> entry = entryFor(entrySource, entryDetailType);
        if (entry.isEmpty()) {
            return Validation.notInCatalog();
        }
        JsonNode detail;
        try {
            detail = JSON.readTree(detailJson == null ? "" : detailJson);
        } catch (JsonProcessingException e) {
            return invalid("json", "the detail is not JSON: " + e.getOriginalMessage(), RejectionReason.NOT_JSON);
        }
        return Validation.of(entry.get(), violations(detailSchemas.get(entry.get().id()), detail, "/detail"));
    }

    /** @return the shared definitions' path under the catalog folder ({@code common.schema.json}) */
    String commonFile() {
        return commonFile;
    }

    /** @return the {@code $id} of the shared definitions */
    String commonId() {
        return commonId;
    }

    /** @return every schema document by {@code $id}, for resolving references */
    SchemaDocuments documents() {
        return documents;
    }

    /**
     * Validates a value against any schema of the catalog, or any part of one (for tests of single definitions).
     *
     * @param location the schema's {@code $id}, optionally with a fragment ({@code ...common.schema.json#/$defs/tenant})
     * @param instance the value
     * @return its violations, empty if it is valid
     */
    List<Violation> validateAt(String location, JsonNode instance) {
        return violations(parts.computeIfAbsent(location, l -> compile(registry, l)), instance, "");
    }

    private List<Violation> violations(Schema schema, JsonNode instance, String pathPrefix) {
        // a set: the envelope and the event schema may report the same defect twice
        Set<Violation> violations = new LinkedHashSet<>();
        for (Error error : schema.validate(instance)) {
            String path = pathPrefix + error.getInstanceLocation().toString();
            if ("required".equals(error.getKeyword()) && error.getProperty() != null) {
                path = path + "/" + escape(error.getProperty());
            }
            violations.add(new Violation(path, error.getKeyword(), message(error), reasonOf(error)));
        }
        // a stable order, whatever the validator's traversal: reports and tests compare them
        return violations.stream().sorted(Comparator.comparing(Violation::path).thenComparing(Violation::keyword)
                .thenComparing(Violation::message)).toList();
    }

    private static String message(Error error) {
        String message = error.getMessage();
        // networknt prefixes the instance location; the violation has its own path
        String location = error.getInstanceLocation().toString();
        if (!location.isEmpty() && message.startsWith(location + ": ")) {
            message = message.substring(location.length() + 2);
        } else if (message.startsWith(": ")) {
            message = message.substring(2);
        }
        return message;
    }

    private RejectionReason reasonOf(Error error) {
        switch (error.getKeyword()) {
            case "required":
                return RejectionReason.MISSING_FIELD;
            case "type":
                return RejectionReason.WRONG_TYPE;
            default:
                JsonNode owner = ownerOf(error.getSchemaLocation());
                JsonNode annotated = owner == null ? null : owner.get("x-rejection");
                return annotated == null ? RejectionReason.INVALID_VALUE : RejectionReason.valueOf(annotated.asText());
        }
    }

    /** @return the schema object that holds the failed keyword, or {@code null} if it is not a catalog document */
    private JsonNode ownerOf(SchemaLocation location) {
        JsonNode node = documents.find(location.getAbsoluteIri().toString());
        if (node == null) {
            return null;
        }
        NodePath fragment = location.getFragment();
        for (int i = 0; i < fragment.getNameCount() - 1 && node != null; i++) {
            Object element = fragment.getElement(i);
            node = element instanceof Integer index ? node.get(index) : node.get(String.valueOf(element));
        }
        return node;
    }

    private static String escape(String property) {
        return property.replace("~", "~0").replace("/", "~1");
    }

    /** An input larger than {@link ContractJson#MAX_EVENT_BYTES}, the largest event EventBridge accepts. */
    private static Validation oversized() {
        return invalid("size", "the event is larger than " + ContractJson.MAX_EVENT_BYTES + " bytes",
                RejectionReason.OVERSIZED);
    }

    private static Validation invalid(String keyword, String message, RejectionReason reason) {
        return Validation.of(null, List.of(new Violation("", keyword, message, reason)));
    }

    private static Schema compile(SchemaRegistry registry, String location) {
        try {
            Schema schema = registry.getSchema(SchemaLocation.of(location));
            schema.initializeValidators(); // resolve every $ref now: a broken reference fails the load, not an event
            return schema;
        } catch (RuntimeException e) {
            throw new CatalogException("cannot compile the schema " + location + ": " + e.getMessage(), e);
        }
    }

    private static CatalogEntry entryOf(String file, JsonNode schema) {
        String id = requiredText(schema, "$id", file);
        String version = requiredText(schema, "x-version", file);
        Matcher versioned = VERSIONED_FILE.matcher(file);
        if (!versioned.matches() || !versioned.group(1).equals(version)) {
            throw new CatalogException(file + ": the file name must end in .v" + version + ".schema.json (x-version)");
        }
        if (!id.endsWith("/" + file)) {
            throw new CatalogException(file + ": $id must end with the file's path in the catalog, was " + id);
        }
        EventRole role;
        try {
            role = EventRole.fromAnnotation(requiredText(schema, "x-role", file));
        } catch (IllegalArgumentException e) {
            throw new CatalogException(file + ": " + e.getMessage(), e);
        }
        if (!schema.at("/properties/detail").isObject()) {
            throw new CatalogException(file + ": needs properties/detail, the schema of the event's detail");
        }
        JsonNode detailType = schema.at("/properties/detail-type");
        String name = detailType.path("const").asText(null);
        Pattern family = null;
        if (detailType.has("pattern")) {
            try {
                family = Pattern.compile(detailType.get("pattern").asText());
            } catch (PatternSyntaxException e) {
                throw new CatalogException(file + ": the detail-type pattern is not a regular expression", e);
            }
        }
        if ((name == null) == (family == null)) {
            throw new CatalogException(file + ": properties/detail-type needs exactly one of const or pattern");
        }
        return new CatalogEntry(file, id, requiredText(schema, "title", file), version, role, name, family, schema);
    }

    private static String requiredText(JsonNode node, String field, String file) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new CatalogException(file + ": needs the text field " + field);
        }
        return value.asText();
    }

    private static JsonNode read(ClassLoader loader, String root, String file) {
        try (InputStream in = loader.getResourceAsStream(root + file)) {
            if (in == null) {
                throw new CatalogException("catalog file not found on the class path: " + root + file);
            }
            return JSON.readTree(in);
        } catch (JsonProcessingException e) {
            throw new CatalogException(root + file + " is not JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + root + file, e);
        }
    }
}
