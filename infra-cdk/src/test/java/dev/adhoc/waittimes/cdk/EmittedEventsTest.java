package dev.adhoc.waittimes.cdk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The workflow's permission to put events is conditioned on {@link EmittedEvents}: for each extension, that list must
 * name every event the events catalog says it emits ({@code x-emitted-by}), or the bus would refuse one (and the
 * workflow dead-letter it), and no event of another extension, which the stack does not run. The catalog is
 * read as files from the repository (infra-cdk depends on no module of ours).
 */
class EmittedEventsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @EnumSource(Extension.class)
    void theConditionNamesExactlyTheEventsTheCatalogSaysTheExtensionEmits(Extension extension) throws IOException {
        assertThat(EmittedEvents.detailTypes(extension))
                .containsExactlyInAnyOrderElementsOf(emittedInTheCatalog(extension.engineName()));
        assertThat(EmittedEvents.SOURCE).isEqualTo("awsserverlessda.serverlesspresso");
    }

    private static List<String> emittedInTheCatalog(String extension) throws IOException {
        Path catalog = catalogFile();
        List<String> emitted = new ArrayList<>();
        for (JsonNode schema : JSON.readTree(catalog.toFile()).get("events")) {
            JsonNode event = JSON.readTree(catalog.resolveSibling(schema.asText()).toFile());
            if (event.path("x-role").asText().equals("emitted")
                    && event.path("x-emitted-by").asText().equals(extension)) {
                emitted.add(event.get("title").asText());
            }
        }
        assertThat(emitted).as("emitted events in " + catalog).isNotEmpty();
        return emitted;
    }

    /** {@code schemas/catalog.json} under the adapters' sources, wherever their modules put it. */
    private static Path catalogFile() throws IOException {
        Path root = Path.of(System.getProperty("repo.root", "..")).toAbsolutePath().normalize();
        try (Stream<Path> files = Files.walk(root.resolve("adapters-aws"))) {
            List<Path> catalogs = files
                    .filter(path -> path.endsWith(Path.of("schemas", "catalog.json")))
                    .filter(path -> path.toString().contains("src" + java.io.File.separator + "main"))
                    .toList();
            assertThat(catalogs).as("the events catalog in the repository").hasSize(1);
            return catalogs.get(0);
        }
    }
}
