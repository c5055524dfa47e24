package dev.adhoc.waittimes.consumercheck;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * A project of its own, outside this repository, builds on the installed artifacts alone: the README's throughput
 * example compiles there and its tests pass, in memory and on dynalite from that project's own node_modules
 * ({@code scripts/check-outside-project.sh}, which installs into a private local repository, never ~/.m2).
 */
class OutsideProjectTest {
    private static final Path ROOT = Path.of(System.getProperty("repo.root", "..")).toAbsolutePath().normalize();
    // Not a timing assertion: only a bound on a hung child (npm, a test JVM); the script takes about a minute.
    private static final long HUNG_AFTER_MINUTES = 20;

    @Test
    void theReadmesExampleBuildsAndPassesItsTestsInAProjectOfItsOwn() throws IOException, InterruptedException {
        assumeFalse(Boolean.getBoolean("outside.project.skip"), "-Doutside.project.skip=true");
        ProcessBuilder builder = new ProcessBuilder("bash", ROOT.resolve("scripts/check-outside-project.sh").toString())
                .directory(ROOT.toFile())
                .redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("MAVEN_") && !name.equals("MAVEN_OPTS")); // the outer build's
        String seed = System.getProperty("outside.project.seed");
        if (seed != null && !seed.isBlank()) {
            env.put("SEED_REPOSITORY", seed);
        }

        Process script = builder.start();
        // Read on a thread of its own, so that the bound below applies even to a child that hangs without output.
        List<String> output = Collections.synchronizedList(new ArrayList<>());
        Thread reader = new Thread(() -> echo(script, output), "outside-project output");
        reader.setDaemon(true);
        reader.start();
        boolean ended = script.waitFor(HUNG_AFTER_MINUTES, TimeUnit.MINUTES);
        if (!ended) {
            script.descendants().forEach(ProcessHandle::destroyForcibly);
            script.destroyForcibly();
        }
        reader.join(TimeUnit.MINUTES.toMillis(1)); // the pipe closes when the script and its children have ended

        String all;
        synchronized (output) {
            all = String.join("\n", output);
        }
        assertThat(ended).as("the script ended").isTrue();
        assertThat(script.exitValue()).as(all).isZero();
        assertThat(all).contains("in example.ThroughputTest", "in example.ThroughputOnDynamoDbTest",
                "== the outside project builds on the installed artifacts alone");
    }

    private static void echo(Process script, List<String> output) {
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(script.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = lines.readLine()) != null; ) {
                System.out.println("outside-project| " + line);
                output.add(line);
            }
        } catch (IOException e) {
            output.add("(output no longer readable: " + e + ")");
        }
    }
}
