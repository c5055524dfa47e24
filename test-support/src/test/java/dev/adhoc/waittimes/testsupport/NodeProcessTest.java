package dev.adhoc.waittimes.testsupport;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class NodeProcessTest {
    private static final String ECHO = "process.stdin.on('data', d => process.stdout.write(d));"
            + " console.error('echo ready');";
    private static final String SERVER = "console.log('listening'); setInterval(() => {}, 1000);";

    @Test
    void aPipeTalksOverItsStandardStreamsAndEndsWhenItsInputCloses() throws Exception {
        NodeProcess echo = NodeProcess.start("echo", NodeProcess.Kind.PIPE, null, "-e", ECHO);
        try (echo) {
            Writer in = new OutputStreamWriter(echo.process().getOutputStream(), StandardCharsets.UTF_8);
            BufferedReader out = new BufferedReader(new InputStreamReader(echo.process().getInputStream(),
                    StandardCharsets.UTF_8));
            in.write("hello\n");
            in.flush();

            assertThat(out.readLine()).isEqualTo("hello");
            assertThat(echo.isRunning()).isTrue();
            assertThat(echo.log()).isEqualTo("echo ready");
        }
        assertThat(echo.isRunning()).isFalse();
        assertThat(echo.process().isAlive()).isFalse();
        assertThat(echo.log()).startsWith("(no log: ");   // deleted with the process
        echo.close(); // idempotent
    }

    @Test
    void aServerWritesItsOutputToTheLogAndIsEndedOnClose() throws Exception {
        NodeProcess server = NodeProcess.start("server", NodeProcess.Kind.SERVER, null, "-e", SERVER);
        try (server) {
            while (!server.log().contains("listening")) {
                assertThat(server.process().isAlive()).as("node runs: %s", server.log()).isTrue();
                Thread.onSpinWait();
            }
            assertThat(server.isRunning()).isTrue();
        }
        assertThat(server.process().isAlive()).isFalse();
    }
}
