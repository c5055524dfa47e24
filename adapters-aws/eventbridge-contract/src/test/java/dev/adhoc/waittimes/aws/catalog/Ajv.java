package dev.adhoc.waittimes.aws.catalog;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.adhoc.waittimes.testsupport.NodeTools;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The catalog's schemas in Ajv, as a Node consumer validates with them ({@code src/test/node/ajv-validate.mjs}):
 * one {@code node} process per call, every case on its stdin, one result per case on its stdout.
 */
final class Ajv {
    /** A value to validate against a schema of the catalog, or a part of one ({@code <$id>#<JSON pointer>}). */
    record Case(String schema, JsonNode instance) {
    }

    /** What Ajv said of a case: no errors if it is valid. */
    record Result(boolean valid, List<Error> errors) {
        Result {
            errors = errors == null ? List.of() : List.copyOf(errors);
        }

        List<String> paths() {
            return errors.stream().map(Error::path).toList();
        }
    }

    /** One error; a missing property's path names the property, as the Java catalog's violations do. */
    record Error(String path, String keyword, String message) {
    }

    private static final Path SCRIPT = Path.of("src", "test", "node", "ajv-validate.mjs");
    /** Lone surrogates and other non-ASCII text travel as JSON escapes, exactly as they were. */
    private static final ObjectMapper JSON = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    private Ajv() {
    }

    static List<Result> validate(List<Case> cases) {
        try {
            Path in = Files.createTempFile("ajv-cases-", ".jsonl");
            Path out = Files.createTempFile("ajv-results-", ".jsonl");
            try {
                StringBuilder lines = new StringBuilder();
                for (Case c : cases) {
                    lines.append(JSON.writeValueAsString(c)).append('\n');
                }
                Files.writeString(in, lines, StandardCharsets.UTF_8);
                Process node = new ProcessBuilder(NodeTools.node(), SCRIPT.toString(), "--cases")
                        .redirectInput(in.toFile()).redirectOutput(out.toFile())
                        .redirectError(ProcessBuilder.Redirect.PIPE).start();
                String err = new String(node.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
                int status = node.waitFor();
                if (status != 0 || !err.isBlank()) {
                    throw new IllegalStateException("node " + SCRIPT + " exited with " + status + ": " + err.strip()
                            + " (Ajv comes from `npm ci` at the repository root; the build runs it before these tests)");
                }
                List<Result> results = new ArrayList<>();
                for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
                    results.add(JSON.readValue(line, Result.class));
                }
                if (results.size() != cases.size()) {
                    throw new IllegalStateException(cases.size() + " cases, " + results.size() + " results");
                }
                return results;
            } finally {
                Files.deleteIfExists(in);
                Files.deleteIfExists(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
