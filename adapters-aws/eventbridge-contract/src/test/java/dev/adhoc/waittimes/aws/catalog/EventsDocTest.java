package dev.adhoc.waittimes.aws.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/events.md} is generated from the schemas and committed; this test fails when it is stale. With
 * {@code -Dcatalog.write=true} it rewrites the page instead ({@link EventsDocGenerator#REGENERATE}).
 */
class EventsDocTest {
    private static final EventCatalog CATALOG = EventCatalog.load();

    @Test
    void theCommittedPageIsUpToDate() throws IOException {
        String generated = new EventsDocGenerator(CATALOG).markdown();
        Path page = CatalogSchemasTest.repoRoot().resolve(EventsDocGenerator.DOC_PATH);
        if (Boolean.getBoolean("catalog.write")) {
            Files.writeString(page, generated, StandardCharsets.UTF_8);
        }

        String committed = Files.exists(page) ? Files.readString(page, StandardCharsets.UTF_8) : "";

        assertThat(committed)
                .as("%s is stale: run %s", EventsDocGenerator.DOC_PATH, EventsDocGenerator.REGENERATE)
                .isEqualTo(generated);
    }

    @Test
    void thePageDescribesEveryEventWithItsAnnotations() {
        String page = new EventsDocGenerator(CATALOG).markdown();

        for (CatalogEntry entry : CATALOG.entries()) {
            assertThat(page).contains("### `" + entry.title() + "`", entry.producer(), entry.extensionRule(),
                    "](#" + EventsDocGenerator.anchor(entry.title()) + ")", entry.file());
            entry.consumers().forEach(consumer -> assertThat(page).contains(consumer));
        }
    }

    @Test
    void thePageShowsTypesRulesAndReasonsOfTheFields() {
        String page = new EventsDocGenerator(CATALOG).markdown();

        assertThat(page)
                .contains("| `detail.drinkOrder.drink` | string | yes | not blank (else `MISSING_FIELD`); "
                        + "no control characters (else `INVALID_VALUE`); no bidirectional controls or line "
                        + "separators (else `INVALID_VALUE`); Unicode text (else `INVALID_VALUE`); "
                        + "at most 100 characters (else `INVALID_VALUE`)")
                .contains("| `detail.eventId` | string | yes | not blank (else `MISSING_FIELD`); "
                        + "matches `^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$` (else `INVALID_TENANT`)")
                .contains("| `time` | string (date-time) | yes | date-time (else `UNPARSABLE_TIME`)")
                .contains("| `detail.asOf` | string or null (date-time) | no | date-time |");
    }

    @Test
    void anchorsFollowGitHubsHeadingIds() {
        assertThat(EventsDocGenerator.anchor("OrderManager.Order<eventId>-COMPLETED"))
                .isEqualTo("ordermanagerordereventid-completed");
        assertThat(EventsDocGenerator.anchor("OrderProcessor.orderFinished")).isEqualTo("orderprocessororderfinished");
    }
}
