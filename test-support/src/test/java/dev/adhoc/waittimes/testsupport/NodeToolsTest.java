package dev.adhoc.waittimes.testsupport;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NodeToolsTest {
    @TempDir
    Path tmp;

    @Test
    void findsTheToolUnderTheConfiguredRepositoryRoot() throws IOException {
        Path cli = install(tmp.resolve("repo"));

        assertThat(NodeTools.find(NodeTools.DYNALITE_CLI, tmp.resolve("repo").toString(), tmp)).isEqualTo(cli);
    }

    @Test
    void walksUpFromTheWorkingDirectoryWhenNoRootIsConfigured() throws IOException {
        Path cli = install(tmp);
        Path module = Files.createDirectories(tmp.resolve("adapters-aws/dynamodb"));

        assertThat(NodeTools.find(NodeTools.DYNALITE_CLI, null, module)).isEqualTo(cli);
        assertThat(NodeTools.find(NodeTools.DYNALITE_CLI, " ", module)).isEqualTo(cli);
    }

    @Test
    void aConfiguredRootWithoutTheToolFallsBackToWalkingUp() throws IOException {
        Path cli = install(tmp);

        assertThat(NodeTools.find(NodeTools.DYNALITE_CLI, tmp.resolve("elsewhere").toString(), tmp)).isEqualTo(cli);
    }

    @Test
    void aMissingToolFailsWithOneActionableLine() {
        assertThatThrownBy(() -> NodeTools.find(NodeTools.DYNALITE_CLI, tmp.toString(), tmp))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("dynalite")
                .hasMessageEndingWith("run `npm ci` at the repository root")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void thisRepositoryHasDynaliteInstalled() {
        assertThat(NodeTools.dynaliteCli()).isRegularFile().endsWith(NodeTools.DYNALITE_CLI);
    }

    private static Path install(Path root) throws IOException {
        Path cli = root.resolve(NodeTools.DYNALITE_CLI);
        Files.createDirectories(cli.getParent());
        Files.writeString(cli, "// stand-in");
        return cli.toAbsolutePath().normalize();
    }
}
