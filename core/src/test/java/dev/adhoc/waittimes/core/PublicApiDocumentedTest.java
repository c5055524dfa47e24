package dev.adhoc.waittimes.core;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Other extensions import core: every public type of it carries Javadoc (javac's doclint checks its form). */
class PublicApiDocumentedTest {
    private static final Path SOURCES = Path.of(System.getProperty("repo.root", ".."), "core/src/main/java");
    private static final Pattern PUBLIC_TYPE = Pattern.compile(
            "^\\s*public\\s+(?:(?:static|final|sealed|abstract|non-sealed)\\s+)*(?:class|interface|record|enum)\\s+(\\w+)",
            Pattern.MULTILINE);

    @Test
    void every_public_type_of_core_has_javadoc() throws IOException {
        List<String> undocumented = new ArrayList<>();
        int checked = 0;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher m = PUBLIC_TYPE.matcher(source);
                while (m.find()) {
                    checked++;
                    String before = source.substring(0, m.start()).stripTrailing()
                            .replaceAll("(\\s*@\\w+(\\([^)]*\\))?)+$", "").stripTrailing();
                    if (!before.endsWith("*/") || before.lastIndexOf("/**") < before.lastIndexOf("/*")) {
                        undocumented.add(file.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(checked).as("public types found in " + SOURCES).isGreaterThan(30);
        assertThat(undocumented).as("public types of core without Javadoc").isEmpty();
    }
}
