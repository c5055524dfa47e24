package dev.adhoc.waittimes.testsupport;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NodeToolsTest {
    private static final UnaryOperator<String> NONE = name -> null;

    @TempDir
    Path tmp;

    @Test
    void findsTheToolInTheProjectsOwnNodeModulesFromTheWorkingDirectoryUp() throws IOException {
        Path cli = install(tmp.resolve("my-extension/node_modules"));
        Path module = Files.createDirectories(tmp.resolve("my-extension/service/src"));

        assertThat(find(NONE, NONE, tmp.resolve("my-extension"))).isEqualTo(cli);
        assertThat(find(NONE, NONE, module)).isEqualTo(cli);
    }

    @Test
    void theNearestNodeModulesWithTheToolWins() throws IOException {
        install(tmp.resolve("node_modules"));
        Path nearer = install(tmp.resolve("project/node_modules"));
        Files.createDirectories(tmp.resolve("project/module/node_modules")); // without dynalite: passed over

        assertThat(find(NONE, NONE, Files.createDirectories(tmp.resolve("project/module")))).isEqualTo(nearer);
    }

    @Test
    void aSystemPropertyOrEnvironmentVariableNamesTheNodeModulesDirectory() throws IOException {
        Path byProperty = install(tmp.resolve("by-property/node_modules"));
        Path byVariable = install(tmp.resolve("by-variable/lib"));
        install(tmp.resolve("node_modules")); // the walk would find this one
        UnaryOperator<String> property = props(NodeTools.NODE_MODULES_PROPERTY, byProperty.getParent().getParent());
        UnaryOperator<String> variable = props(NodeTools.NODE_MODULES_ENV, byVariable.getParent().getParent());

        assertThat(find(property, variable, tmp)).isEqualTo(byProperty);
        assertThat(find(NONE, variable, tmp)).isEqualTo(byVariable);
        assertThat(find(props(NodeTools.NODE_MODULES_PROPERTY, " "), variable, tmp)).isEqualTo(byVariable);
    }

    @Test
    void aNamedNodeModulesDirectoryWithoutTheToolFailsInsteadOfLookingElsewhere() throws IOException {
        install(tmp.resolve("node_modules"));
        Path empty = Files.createDirectories(tmp.resolve("empty/node_modules"));

        assertThatThrownBy(() -> find(props(NodeTools.NODE_MODULES_PROPERTY, empty), NONE, tmp))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("dynalite is not installed: no dynalite/cli.js in -Dnode.modules=" + empty)
                .hasMessageContaining("run `npm install --save-dev dynalite@4.0.0` in your project's directory");
        assertThatThrownBy(() -> find(NONE, props(NodeTools.NODE_MODULES_ENV, empty), tmp))
                .hasMessageStartingWith("dynalite is not installed: no dynalite/cli.js in NODE_MODULES_DIR=" + empty);
    }

    @Test
    void theRepositoryRootOfThisBuildIsTriedFirstThenTheWalk() throws IOException {
        Path inRepo = install(tmp.resolve("repo/node_modules"));
        Path walked = install(tmp.resolve("elsewhere/node_modules"));

        assertThat(find(props(NodeTools.REPO_ROOT_PROPERTY, tmp.resolve("repo")), NONE, tmp.resolve("elsewhere")))
                .isEqualTo(inRepo);
        assertThat(find(props(NodeTools.REPO_ROOT_PROPERTY, tmp.resolve("nothing-here")), NONE,
                tmp.resolve("elsewhere"))).isEqualTo(walked);
    }

    @Test
    void aMissingToolFailsWithOneLineNamingTheNpmInstallCommand() {
        Path project = tmp.resolve("my-extension");

        assertThatThrownBy(() -> find(NONE, NONE, project))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("dynalite is not installed: no node_modules/dynalite/cli.js in " + project
                        + " or above; run `npm install --save-dev dynalite@4.0.0` in your project's directory (in this"
                        + " repository: `npm ci` at its root), or name a node_modules directory that has it with"
                        + " -Dnode.modules=<dir> or NODE_MODULES_DIR=<dir>");
        assertThatThrownBy(() -> find(props(NodeTools.REPO_ROOT_PROPERTY, tmp), NONE, project))
                .hasMessageContaining(" or above (nor under repo.root=" + tmp + "); run `npm install");
    }

    @Test
    void aGivenNodeModulesDirectoryMustHoldTheTool() throws IOException {
        Path cli = install(tmp.resolve("node_modules"));

        assertThat(NodeTools.dynaliteCli(tmp.resolve("node_modules"))).isEqualTo(cli);
        assertThatThrownBy(() -> NodeTools.dynaliteCli(tmp))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("dynalite is not installed: no dynalite/cli.js in the directory " + tmp)
                .hasMessageContaining("npm install --save-dev dynalite@4.0.0");
    }

    @Test
    void thisRepositoryHasDynaliteInstalled() {
        assertThat(NodeTools.dynaliteCli()).isRegularFile().endsWith(Path.of("node_modules", "dynalite", "cli.js"));
    }

    private static Path find(UnaryOperator<String> properties, UnaryOperator<String> environment, Path workingDir) {
        return NodeTools.find(NodeTools.DYNALITE_CLI, NodeTools.DYNALITE_INSTALL, properties, environment, workingDir);
    }

    private static UnaryOperator<String> props(String name, Object value) {
        return Map.of(name, value.toString())::get;
    }

    private static Path install(Path nodeModules) throws IOException {
        Path cli = nodeModules.resolve(NodeTools.DYNALITE_CLI);
        Files.createDirectories(cli.getParent());
        Files.writeString(cli, "// stand-in");
        return cli.toAbsolutePath().normalize();
    }
}
