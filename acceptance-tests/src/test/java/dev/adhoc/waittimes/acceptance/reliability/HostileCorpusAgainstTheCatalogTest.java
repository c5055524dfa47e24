package dev.adhoc.waittimes.acceptance.reliability;

import dev.adhoc.waittimes.aws.catalog.EventCatalog;
import dev.adhoc.waittimes.aws.catalog.Validation;
import dev.adhoc.waittimes.core.domain.RejectionReason;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;


/**
 * The events catalog's schemas and the parser agree on the hostile corpus (the catalog's contract test): every case the
 * parser rejects for a reason a schema can state is invalid under the catalog for that same reason, and every case
 * the parser accepts is valid under it. So the published schemas and the Java types cannot drift apart silently.
 */
class HostileCorpusAgainstTheCatalogTest {
    private static final EventCatalog CATALOG = EventCatalog.load();
    /** Rejected by both under another name: the parser counts a {@code null} detail as missing, a schema as a wrong type. */
    private static final java.util.Set<String> REJECTED_BY_BOTH_FOR_ANOTHER_REASON = java.util.Set.of("detail-null");
    /**
     * A rule JSON Schema cannot state (it compares no two fields): the detail-type must name the tenant of
     * {@code detail.eventId}. Only the parser enforces it (ADR 0007).
     */
    private static final java.util.Set<String> CROSS_FIELD_RULES = java.util.Set.of("detail-type-names-other-tenant");

    @Test
    void the_catalog_gives_the_parsers_reason_for_every_hostile_event() {
        HostileCorpus corpus = HostileCorpus.load();
        SoftAssertions softly = new SoftAssertions();
        int compared = 0;
        for (HostileCorpus.Case c : corpus.cases()) {
            String expect = c.asserted();
            Validation v = CATALOG.validate(c.bytes());
            if (CROSS_FIELD_RULES.contains(c.label())) {
                continue;
            }
            if (REJECTED_BY_BOTH_FOR_ANOTHER_REASON.contains(c.label())) {
                softly.assertThat(v.isValid()).as(c.label() + ": " + v.describe()).isFalse();
                compared++;
            } else if (expect.startsWith("REJECTED ")) {
                RejectionReason reason = RejectionReason.valueOf(expect.substring("REJECTED ".length()));
                softly.assertThat(v.reasons()).as(c.label() + ": " + v.describe()).contains(reason);
                compared++;
            } else if (expect.equals("ACCEPTED")) {
                softly.assertThat(v.isValidAndKnown()).as(c.label() + ": " + v.describe()).isTrue();
                compared++;
            }
        }
        softly.assertThat(compared).isGreaterThan(50);
        softly.assertAll();
    }
}
