package dev.adhoc.waittimes.cdk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@value #FILE}, the synthesized state-machine definition with its tokens resolved, equal to what the stack
 * synthesizes. The acceptance tests run that file in a local interpreter of the Amazon States Language, so they need
 * neither the CDK nor this module's build; this test makes sure the file they run is the stack's definition.
 * After a change to the workflow, run it with {@code -D}{@value #UPDATE_PROPERTY} to rewrite the file, and review the
 * diff.
 */
class WorkflowDefinitionFileTest {
    /** Relative to this module; the acceptance tests read it from the repository root. */
    static final String FILE = "src/test/resources/workflow-definition.asl.json";
    static final String UPDATE_PROPERTY = "updateWorkflowDefinition";

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theCommittedDefinitionIsTheSynthesizedOne() throws IOException {
        JsonNode synthesized = JSON.readTree(
                new TemplateReader(SynthesizedStack.withDefaults().template().toJSON()).resolvedDefinition());
        Path file = Path.of(FILE);
        if (Boolean.getBoolean(UPDATE_PROPERTY)) {
            Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(synthesized) + "\n",
                    StandardCharsets.UTF_8);
        }
        assertThat(file).as("run this test with -D" + UPDATE_PROPERTY + " to write it").exists();
        assertThat(JSON.readTree(file.toFile()))
                .as("infra-cdk/" + FILE + " is out of date: run `./mvnw -B -q -pl infra-cdk -am verify"
                        + " -Dtest=WorkflowDefinitionFileTest -Dsurefire.failIfNoSpecifiedTests=false -D"
                        + UPDATE_PROPERTY + "` and review the diff")
                .isEqualTo(synthesized);
    }
}
