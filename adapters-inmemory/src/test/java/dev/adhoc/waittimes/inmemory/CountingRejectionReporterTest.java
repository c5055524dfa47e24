package dev.adhoc.waittimes.inmemory;

import dev.adhoc.waittimes.core.domain.Rejection;
import dev.adhoc.waittimes.core.domain.RejectionReason;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CountingRejectionReporterTest {
    @Test
    void the_rejection_reporter_counts_everything_and_keeps_the_most_recent() {
        CountingRejectionReporter reporter = new CountingRejectionReporter(2);
        for (int i = 0; i < 5; i++) {
            reporter.report(new Rejection(i % 2 == 0 ? RejectionReason.NOT_JSON : RejectionReason.NEGATIVE_WAIT,
                    "bad", "e" + i));
        }
        assertThat(reporter.total()).isEqualTo(5);
        assertThat(reporter.countsByReason()).containsEntry(RejectionReason.NOT_JSON, 3L);
        assertThat(reporter.recent()).extracting(Rejection::eventRef).containsExactly("e3", "e4");
    }
}
