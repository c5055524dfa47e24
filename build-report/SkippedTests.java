import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Prints every test that this build skipped, grouped by module, class and reason, from the Surefire and Failsafe
 * reports written since the build started:
 * {@code java SkippedTests.java <repository root> <build start, ISO-8601 UTC>}.
 */
public class SkippedTests {
    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        Instant start = Instant.parse(args[1]).minusSeconds(1);
        Map<String, Integer> skipped = new TreeMap<>(); // "module: Class: reason" -> how many tests
        try (Stream<Path> files = Files.walk(root)) {
            List<Path> reports = files.filter(SkippedTests::isReport).filter(f -> modifiedSince(f, start)).toList();
            for (Path report : reports) {
                String module = root.relativize(report.getParent().getParent().getParent()).toString();
                NodeList cases = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(report.toFile())
                        .getElementsByTagName("testcase");
                for (int i = 0; i < cases.getLength(); i++) {
                    Element testCase = (Element) cases.item(i);
                    NodeList skip = testCase.getElementsByTagName("skipped");
                    if (skip.getLength() > 0) {
                        String className = testCase.getAttribute("classname");
                        String key = module + ": " + className.substring(className.lastIndexOf('.') + 1) + ": "
                                + reason((Element) skip.item(0));
                        skipped.merge(key, 1, Integer::sum);
                    }
                }
            }
        }
        int total = skipped.values().stream().mapToInt(Integer::intValue).sum();
        if (total == 0) {
            System.out.println("No test was skipped in this build.");
            return;
        }
        System.out.println(total + (total == 1 ? " test was" : " tests were") + " SKIPPED in this build:");
        skipped.forEach((what, count) -> System.out.println("  " + count + " x " + what));
    }

    private static boolean isReport(Path file) {
        String name = file.getFileName().toString();
        String folder = file.getParent() == null ? "" : file.getParent().getFileName().toString();
        return name.startsWith("TEST-") && name.endsWith(".xml")
                && (folder.equals("surefire-reports") || folder.equals("failsafe-reports"))
                && !file.toString().contains("node_modules");
    }

    private static boolean modifiedSince(Path file, Instant start) {
        try {
            return Files.getLastModifiedTime(file).toInstant().isAfter(start);
        } catch (IOException e) {
            return false;
        }
    }

    /** @return the skip's message, else the first line of its details (an aborted test's exception), else "no reason given" */
    private static String reason(Element skip) {
        String message = skip.getAttribute("message");
        if (message.isBlank()) {
            message = skip.getTextContent().strip().lines().findFirst().orElse("");
            message = message.replaceFirst("^org\\.opentest4j\\.TestAbortedException: ", "");
        }
        return message.isBlank() ? "no reason given" : message.strip();
    }
}
