package dev.adhoc.waittimes.acceptance.readme;

import dev.adhoc.waittimes.core.waittimes.port.in.Outcome;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's code compiles (it is {@link UseCoreFromYourExtension}), runs, and is quoted there verbatim. */
class ReadmeExampleTest {
    private static final Path ROOT = Path.of(System.getProperty("repo.root", ".."));

    @Test
    void the_example_computes_what_its_comment_says() {
        Outcome outcome = UseCoreFromYourExtension.run();

        assertThat(outcome.updates()).singleElement().satisfies(u -> {
            assertThat(u.figures().average()).isEqualTo(Duration.ofSeconds(150));
            assertThat(u.key().toString()).isEqualTo("NYC/Caffe Latte");
        });
    }

    @Test
    void the_readme_quotes_the_example_verbatim() throws IOException {
        String source = Files.readString(ROOT.resolve(
                "acceptance-tests/src/test/java/dev/adhoc/waittimes/acceptance/readme/UseCoreFromYourExtension.java"));
        String example = source.substring(source.indexOf("// tag::example[]") + "// tag::example[]".length(),
                source.indexOf("// end::example[]")).stripTrailing();
        String unindented = example.lines().map(l -> l.length() >= 8 ? l.substring(8) : l.strip())
                .reduce((a, b) -> a + "\n" + b).orElseThrow().strip();

        assertThat(Files.readString(ROOT.resolve("README.md")))
                .as("README.md must quote UseCoreFromYourExtension's example verbatim (between the tag comments)")
                .contains(unindented);
    }
}
