package dev.adhoc.waittimes.acceptance.readme;

import dev.adhoc.waittimes.core.domain.Drink;
import dev.adhoc.waittimes.core.domain.Occurrence;
import dev.adhoc.waittimes.core.domain.OrderCompleted;
import dev.adhoc.waittimes.core.domain.OrderId;
import dev.adhoc.waittimes.core.domain.OrderSubmitted;
import dev.adhoc.waittimes.core.domain.TenantId;
import dev.adhoc.waittimes.core.engine.Engine;
import dev.adhoc.waittimes.core.engine.Update;
import dev.adhoc.waittimes.inmemory.InMemoryEngine;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's "Build your own extension": its example ({@link Throughput}) runs as its comment says and is quoted
 * there verbatim, and the Maven coordinates it lists are this build's.
 */
class BuildYourOwnExtensionTest {
    private static final Path ROOT = Path.of(System.getProperty("repo.root", ".."));
    private static final String TAG = "// tag::example[]";
    private static final String END = "// end::example[]";

    @Test
    void the_example_prints_each_update_of_the_tenants_window() {
        assertThat(printedBy(() -> Throughput.main(new String[0]))).containsExactly(
                "NYC: 1 orders in the last 15 minutes (was 0)",
                "NYC: 2 orders in the last 15 minutes (was 1)",
                "NYC: 1 orders in the last 15 minutes (was 2)");
    }

    @Test
    void an_order_counts_once_whatever_its_drink_and_however_often_its_events_arrive() {
        Engine<Integer> throughput = InMemoryEngine.create(Throughput.CONFIGURATION, Clock.systemUTC()).engine();
        TenantId sea = new TenantId("SEA");
        Instant noon = Instant.parse("2026-11-27T12:00:00Z");
        OrderCompleted completed = new OrderCompleted(sea, new OrderId("o-1"), new Occurrence(noon, "e-2"));

        throughput.record(new OrderSubmitted(sea, new OrderId("o-1"), new Drink("Mocha"),
                new Occurrence(noon.minusSeconds(90), "e-1")));
        Update<Integer> first = throughput.record(completed).updates().get(0);
        List<Update<Integer>> again = throughput.record(completed).updates();

        assertThat(first.key().toString()).isEqualTo("SEA");
        assertThat(first.after()).isEqualTo(1);
        assertThat(again).singleElement().satisfies(u -> {
            assertThat(u.after()).isEqualTo(1);
            assertThat(u.updateId()).isEqualTo(first.updateId());
        });
    }

    @Test
    void the_readme_quotes_the_example_verbatim() throws IOException {
        String source = Files.readString(ROOT.resolve(
                "acceptance-tests/src/test/java/dev/adhoc/waittimes/acceptance/readme/Throughput.java"));
        String example = source.substring(source.indexOf(TAG) + TAG.length(), source.indexOf(END)).strip();

        assertThat(readme())
                .as("README.md must quote Throughput.java verbatim (between its tag comments)")
                .contains("```java\n" + example + "\n```");
    }

    @Test
    void the_readme_lists_the_coordinates_of_this_build() throws IOException {
        String rootPom = Files.readString(ROOT.resolve("pom.xml"));
        String section = readme().substring(readme().indexOf("## Build your own extension"));
        Matcher rows = Pattern.compile("\\| `([a-z-]+)` \\| `([a-z/-]+)/` \\|").matcher(section);
        int listed = 0;
        while (rows.find()) {
            listed++;
            String pom = Files.readString(ROOT.resolve(rows.group(2)).resolve("pom.xml"));
            assertThat(pom).as(rows.group(2) + "/pom.xml").contains("<artifactId>" + rows.group(1) + "</artifactId>");
        }

        assertThat(listed).isEqualTo(5);
        assertThat(rootPom).contains("<groupId>dev.adhoc.waittimes</groupId>", "<version>0.1.0-SNAPSHOT</version>");
        assertThat(section).contains("<groupId>dev.adhoc.waittimes</groupId>", "<version>0.1.0-SNAPSHOT</version>");
    }

    private static String readme() throws IOException {
        return Files.readString(ROOT.resolve("README.md"));
    }

    private static List<String> printedBy(Runnable run) {
        PrintStream stdout = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            run.run();
        } finally {
            System.setOut(stdout);
        }
        return captured.toString(StandardCharsets.UTF_8).lines().toList();
    }
}
