package dev.adhoc.waittimes.aws.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One event of the catalog: its schema file and what the schema's annotations say about it.
 *
 * @param file            the schema's path under the catalog folder ({@code events/OrderManager.WaitingCompletion.v1.schema.json})
 * @param id              the schema's {@code $id}
 * @param title           the event's name as people write it ({@code OrderManager.Order<eventId>-COMPLETED})
 * @param version         the schema's version ({@code x-version}), a positive integer as text
 * @param role            consumed, known but ignored, or emitted ({@code x-role})
 * @param detailType      the detail-type, when the schema names exactly one ({@code const}); otherwise {@code null}
 * @param detailTypeRegex the detail-types the schema covers, when it names a family ({@code pattern}); otherwise {@code null}
 * @param schema          the schema document, as read; callers must not modify it
 */
public record CatalogEntry(String file, String id, String title, String version, EventRole role, String detailType,
                           Pattern detailTypeRegex, JsonNode schema) {
    /** @throws IllegalArgumentException unless exactly one of detailType and detailTypeRegex is given */
    public CatalogEntry {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(schema, "schema");
        if ((detailType == null) == (detailTypeRegex == null)) {
            throw new IllegalArgumentException(file + ": the detail-type is either one name (const) or a family (pattern)");
        }
    }

    /**
     * @param candidate a detail-type
     * @return whether this schema covers it
     */
    public boolean matches(String candidate) {
        return detailType != null ? detailType.equals(candidate) : detailTypeRegex.matcher(candidate).find();
    }

    /** @return the title and version, e.g. {@code OrderManager.WaitingCompletion v1} */
    public String label() {
        return title + " v" + version;
    }

    /** @return who puts the event on the bus ({@code x-producer}) */
    public String producer() {
        return schema.path("x-producer").asText();
    }

    /** @return who reads it ({@code x-consumers}) */
    public List<String> consumers() {
        List<String> consumers = new ArrayList<>();
        schema.path("x-consumers").forEach(c -> consumers.add(c.asText()));
        return List.copyOf(consumers);
    }

    /** @return what the extension does with it ({@code x-extension-rule}) */
    public String extensionRule() {
        return schema.path("x-extension-rule").asText();
    }

    /** @return the complete example events of the schema ({@code examples}) */
    public List<JsonNode> examples() {
        List<JsonNode> examples = new ArrayList<>();
        schema.path("examples").forEach(examples::add);
        return List.copyOf(examples);
    }
}
