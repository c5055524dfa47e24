package dev.adhoc.waittimes.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the Node tools that the repository's {@code package.json} installs into {@code node_modules/}.
 *
 * <p>The repository root comes from the system property {@value #REPO_ROOT_PROPERTY} (the parent POM's surefire
 * configuration sets it), else from the first directory, walking up from the working directory, that holds the
 * tool.
 */
public final class NodeTools {
    /** System property naming the repository root. */
    public static final String REPO_ROOT_PROPERTY = "repo.root";
    /** System property naming the {@code node} executable (default: {@code node} on the PATH). */
    public static final String NODE_PROPERTY = "node.executable";
    /** dynalite's command-line entry point, relative to the repository root. */
    public static final Path DYNALITE_CLI = Path.of("node_modules", "dynalite", "cli.js");

    private NodeTools() {
    }

    /** @return the {@code node} executable to run */
    public static String node() {
        String node = System.getProperty(NODE_PROPERTY);
        return node == null || node.isBlank() ? "node" : node;
    }

    /**
     * @return dynalite's {@code cli.js} of this repository
     * @throws IllegalStateException (one line, says what to run) if dynalite is not installed
     */
    public static Path dynaliteCli() {
        return find(DYNALITE_CLI, System.getProperty(REPO_ROOT_PROPERTY), Path.of(System.getProperty("user.dir")));
    }

    /**
     * @param tool         a file relative to the repository root
     * @param repoRoot     the configured repository root, or {@code null}
     * @param workingDir   where to start walking up from
     * @return the tool's absolute path
     * @throws IllegalStateException (one line, says what to run) if no candidate directory holds the tool
     */
    static Path find(Path tool, String repoRoot, Path workingDir) {
        List<Path> candidates = new ArrayList<>();
        if (repoRoot != null && !repoRoot.isBlank()) {
            candidates.add(Path.of(repoRoot));
        }
        for (Path dir = workingDir.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            candidates.add(dir);
        }
        for (Path dir : candidates) {
            Path candidate = dir.resolve(tool);
            if (Files.isRegularFile(candidate)) {
                return candidate.toAbsolutePath().normalize();
            }
        }
        throw new IllegalStateException(tool + " not found (" + REPO_ROOT_PROPERTY + "=" + repoRoot
                + ", nor above " + workingDir.toAbsolutePath().normalize()
                + "): run `npm ci` at the repository root");
    }
}
