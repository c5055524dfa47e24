package dev.adhoc.waittimes.aws.contract;

import dev.adhoc.waittimes.core.domain.OrderClaimed;
import dev.adhoc.waittimes.core.domain.OrderCompleted;
import dev.adhoc.waittimes.core.domain.OrderEvent;
import dev.adhoc.waittimes.testsupport.EventFixtures;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's contract example compiles (it is {@link ReadTheBusFromYourExtension}), runs, and is quoted there. */
class ReadmeContractExampleTest {
    @Test
    void theExampleReadsAClaimWithItsBaristaAndTheExtensionsOwnDetailType() {
        List<OrderEvent> events = new ArrayList<>();
        List<String> baristas = new ArrayList<>();
        ReadTheBusFromYourExtension.YourExtension extension = (event, barista) -> {
            events.add(event);
            baristas.add(barista);
        };

        ReadTheBusFromYourExtension.read(EventFixtures.text("make-order.json"), extension);
        ReadTheBusFromYourExtension.read(EventFixtures.text("order-completed.json")
                .replace("OrderManager.OrderCompleted", "Kiosk.OrderNYC-PICKED-UP"), extension);
        ReadTheBusFromYourExtension.read(EventFixtures.text("ignored-config-service.json"), extension);

        assertThat(events).hasSize(2);
        assertThat(events.get(0)).isInstanceOf(OrderClaimed.class);
        assertThat(events.get(1)).isInstanceOf(OrderCompleted.class);
        assertThat(baristas).containsExactly("2", "");
    }

    @Test
    void theReadmeQuotesTheExampleVerbatim() throws IOException {
        Path root = Path.of(Objects.requireNonNull(System.getProperty("repo.root"), "repo.root"));
        String source = Files.readString(root.resolve("adapters-aws/eventbridge-contract/src/test/java/"
                + "dev/adhoc/waittimes/aws/contract/ReadTheBusFromYourExtension.java"));
        String example = source.substring(source.indexOf("// tag::example[]") + "// tag::example[]".length(),
                source.indexOf("// end::example[]")).stripTrailing();
        String unindented = example.lines().map(l -> l.length() >= 8 ? l.substring(8) : l.strip())
                .reduce((a, b) -> a + "\n" + b).orElseThrow().strip();

        assertThat(Files.readString(root.resolve("README.md")))
                .as("README.md must quote ReadTheBusFromYourExtension's example verbatim (between the tag comments)")
                .contains(unindented);
    }
}
