package dev.adhoc.waittimes.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Finds the Node tools that tests run (dynalite) in a {@code node_modules} directory, so that any project can use
 * this module from its jar: install the tool in the project's own directory
 * ({@value #DYNALITE_INSTALL}) and run the tests from there.
 *
 * <p>Where it looks, in this order:
 * <ol>
 *   <li>the {@code node_modules} directory named by the system property {@value #NODE_MODULES_PROPERTY}, else by
 *       the environment variable {@value #NODE_MODULES_ENV}: when one is set, there and nowhere else;</li>
 *   <li>the {@code node_modules} of the directory named by the system property {@value #REPO_ROOT_PROPERTY}
 *       (this repository's build sets it);</li>
 *   <li>the {@code node_modules} of the working directory, then of each directory above it.</li>
 * </ol>
 */
public final class NodeTools {
    /** System property naming a {@code node_modules} directory. */
    public static final String NODE_MODULES_PROPERTY = "node.modules";
    /** Environment variable naming a {@code node_modules} directory (when the system property is not set). */
    public static final String NODE_MODULES_ENV = "NODE_MODULES_DIR";
    /** System property naming a directory whose {@code node_modules} to try first (set by this repository's build). */
    public static final String REPO_ROOT_PROPERTY = "repo.root";
    /** System property naming the {@code node} executable (default: {@code node} on the PATH). */
    public static final String NODE_PROPERTY = "node.executable";
    /** dynalite's command-line entry point, relative to a {@code node_modules} directory. */
    public static final Path DYNALITE_CLI = Path.of("dynalite", "cli.js");
    /** The command that installs the dynalite this module is tested with, in a project's directory. */
    public static final String DYNALITE_INSTALL = "npm install --save-dev dynalite@4.0.0";

    private static final String NODE_MODULES = "node_modules";

    private NodeTools() {
    }

    /** @return the {@code node} executable to run */
    public static String node() {
        String node = System.getProperty(NODE_PROPERTY);
        return node == null || node.isBlank() ? "node" : node;
    }

    /**
     * @return dynalite's {@code cli.js}, found as the class comment says
     * @throws IllegalStateException (one line, says what to run) if dynalite is not installed there
     */
    public static Path dynaliteCli() {
        return find(DYNALITE_CLI, DYNALITE_INSTALL, System::getProperty, System::getenv,
                Path.of(System.getProperty("user.dir")));
    }

    /**
     * @param nodeModules a {@code node_modules} directory
     * @return dynalite's {@code cli.js} in it
     * @throws IllegalStateException (one line, says what to run) if dynalite is not installed there
     */
    public static Path dynaliteCli(Path nodeModules) {
        return inNamedDirectory(DYNALITE_CLI, DYNALITE_INSTALL, nodeModules, "the directory " + nodeModules);
    }

    /**
     * @param tool        a file relative to a {@code node_modules} directory
     * @param install     the command that installs it
     * @param properties  the system properties
     * @param environment the environment variables
     * @param workingDir  where to start walking up from
     * @return the tool's absolute path
     * @throws IllegalStateException (one line, says what to run) if no candidate directory holds the tool
     */
    static Path find(Path tool, String install, UnaryOperator<String> properties, UnaryOperator<String> environment,
                     Path workingDir) {
        String property = properties.apply(NODE_MODULES_PROPERTY);
        if (isSet(property)) {
            return inNamedDirectory(tool, install, Path.of(property), "-D" + NODE_MODULES_PROPERTY + "=" + property);
        }
        String variable = environment.apply(NODE_MODULES_ENV);
        if (isSet(variable)) {
            return inNamedDirectory(tool, install, Path.of(variable), NODE_MODULES_ENV + "=" + variable);
        }
        List<Path> candidates = new ArrayList<>();
        String repoRoot = properties.apply(REPO_ROOT_PROPERTY);
        if (isSet(repoRoot)) {
            candidates.add(Path.of(repoRoot).resolve(NODE_MODULES));
        }
        Path start = workingDir.toAbsolutePath().normalize();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            candidates.add(dir.resolve(NODE_MODULES));
        }
        for (Path dir : candidates) {
            Path candidate = dir.resolve(tool);
            if (Files.isRegularFile(candidate)) {
                return candidate.toAbsolutePath().normalize();
            }
        }
        throw new IllegalStateException(name(tool) + " is not installed: no " + NODE_MODULES + "/" + slashed(tool)
                + " in " + start + " or above" + (isSet(repoRoot) ? " (nor under " + REPO_ROOT_PROPERTY + "="
                + repoRoot + ")" : "") + "; " + howToInstall(install));
    }

    private static Path inNamedDirectory(Path tool, String install, Path nodeModules, String namedBy) {
        Path candidate = nodeModules.resolve(tool);
        if (Files.isRegularFile(candidate)) {
            return candidate.toAbsolutePath().normalize();
        }
        throw new IllegalStateException(name(tool) + " is not installed: no " + slashed(tool) + " in " + namedBy
                + " (a " + NODE_MODULES + " directory); " + howToInstall(install));
    }

    private static String howToInstall(String install) {
        return "run `" + install + "` in your project's directory (in this repository: `npm ci` at its root), or name"
                + " a " + NODE_MODULES + " directory that has it with -D" + NODE_MODULES_PROPERTY + "=<dir> or "
                + NODE_MODULES_ENV + "=<dir>";
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }

    private static String name(Path tool) {
        return tool.getName(0).toString();
    }

    private static String slashed(Path tool) {
        return tool.toString().replace('\\', '/');
    }
}
