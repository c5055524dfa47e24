package dev.adhoc.waittimes.aws.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A malformed catalog fails to load with a message naming the file, never later on an event. */
class EventCatalogLoadTest {
    private static final String BASE = "https://example.test/schemas/";
    private static final String COMMON = """
            {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "%scommon.schema.json",
             "$defs": {"envelope": {"type": "object", "required": ["detail"],
                                    "properties": {"source": {"const": "bus"}}}}}""".formatted(BASE);

    @TempDir
    Path root;

    @BeforeEach
    void writeCommon() throws IOException {
        Files.createDirectories(root.resolve("schemas/events"));
        write("common.schema.json", COMMON);
    }

    @Test
    void aWellFormedCatalogLoads() throws IOException {
        index("events/A.v1.schema.json");
        write("events/A.v1.schema.json", event("A.v1.schema.json", "1", "\"const\": \"A\""));

        EventCatalog catalog = load();

        assertThat(catalog.entries()).extracting(CatalogEntry::label).containsExactly("A v1");
        assertThat(catalog.validate("{\"source\": \"bus\", \"detail-type\": \"A\"}").violations())
                .extracting(Violation::path).containsExactly("/detail");
    }

    @Test
    void theVersionOfTheFileNameMustBeTheSchemasVersion() throws IOException {
        index("events/A.v1.schema.json");
        write("events/A.v1.schema.json", event("A.v1.schema.json", "2", "\"const\": \"A\""));

        assertThatThrownBy(this::load).isInstanceOf(CatalogException.class)
                .hasMessageContaining("events/A.v1.schema.json").hasMessageContaining(".v2.schema.json");
    }

    @Test
    void theDetailTypeIsEitherConstOrPattern() throws IOException {
        index("events/A.v1.schema.json");
        write("events/A.v1.schema.json", event("A.v1.schema.json", "1", "\"type\": \"string\""));

        assertThatThrownBy(this::load).isInstanceOf(CatalogException.class)
                .hasMessageContaining("exactly one of const or pattern");
    }

    @Test
    void theDetailMustBeTyped() throws IOException {
        assertLoadFailsWithEventA(", \"detail\": {\"type\": \"object\"}", "", "properties/detail");
    }

    @Test
    void aReferenceToNothingFailsTheLoad() throws IOException {
        assertLoadFailsWithEventA("#/$defs/envelope", "#/$defs/nothing", "A.v1.schema.json");
    }

    @Test
    void aListedFileThatIsMissingFailsTheLoad() throws IOException {
        index("events/B.v1.schema.json");

        assertThatThrownBy(this::load).isInstanceOf(CatalogException.class)
                .hasMessageContaining("not found").hasMessageContaining("events/B.v1.schema.json");
    }

    @Test
    void anUnknownRoleFailsTheLoad() throws IOException {
        assertLoadFailsWithEventA("\"consumed\"", "\"eaten\"", "eaten");
    }

    /** Lists event A, well formed but for one replacement in its schema: loading fails with a message saying so. */
    private void assertLoadFailsWithEventA(String from, String to, String message) throws IOException {
        index("events/A.v1.schema.json");
        write("events/A.v1.schema.json", event("A.v1.schema.json", "1", "\"const\": \"A\"").replace(from, to));

        assertThatThrownBy(this::load).isInstanceOf(CatalogException.class).hasMessageContaining(message);
    }

    private EventCatalog load() throws IOException {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {root.toUri().toURL()}, null)) {
            return EventCatalog.load(loader, "schemas/");
        }
    }

    private void index(String eventFile) throws IOException {
        write("catalog.json", """
                {"title": "t", "description": "d", "common": "common.schema.json", "events": ["%s"]}"""
                .formatted(eventFile));
    }

    private static String event(String file, String version, String detailType) {
        return """
                {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "%sevents/%s",
                 "title": "A", "x-version": "%s", "x-role": "consumed", "$ref": "../common.schema.json#/$defs/envelope",
                 "properties": {"detail-type": {%s}, "detail": {"type": "object"}}}""".formatted(BASE, file, version, detailType);
    }

    private void write(String file, String text) throws IOException {
        Files.writeString(root.resolve("schemas").resolve(file), text);
    }
}
