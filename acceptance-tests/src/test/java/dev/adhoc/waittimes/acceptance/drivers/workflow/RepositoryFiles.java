package dev.adhoc.waittimes.acceptance.drivers.workflow;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Finds the repository root: the system property {@code repo.root} (set by the build), else up from here. */
final class RepositoryFiles {
    /** The interpreter, installed by the root {@code package.json}. */
    static final Path INTERPRETER = Path.of("node_modules", "aws-local-stepfunctions", "package.json");
    /** The Node script that runs the definition in the interpreter. */
    static final Path RUNNER = Path.of("acceptance-tests", "src", "test", "node", "workflow-runner.mjs");

    private RepositoryFiles() {
    }

    /**
     * @return the repository root
     * @throws IllegalStateException (one line, says what to run) if no candidate holds the interpreter
     */
    static Path root() {
        List<Path> candidates = new ArrayList<>();
        String configured = System.getProperty("repo.root");
        if (configured != null && !configured.isBlank()) {
            candidates.add(Path.of(configured));
        }
        for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath(); dir != null; dir = dir.getParent()) {
            candidates.add(dir);
        }
        for (Path dir : candidates) {
            if (Files.isRegularFile(dir.resolve(INTERPRETER)) && Files.isRegularFile(dir.resolve(RUNNER))) {
                return dir.toAbsolutePath().normalize();
            }
        }
        throw new IllegalStateException(INTERPRETER.getParent() + " not found (repo.root=" + configured
                + ", nor above " + System.getProperty("user.dir") + "): run `npm ci` at the repository root");
    }
}
