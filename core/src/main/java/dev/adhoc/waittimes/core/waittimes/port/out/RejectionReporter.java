package dev.adhoc.waittimes.core.waittimes.port.out;

import dev.adhoc.waittimes.core.domain.Rejection;

/** Out-port: where rejected input is reported (a log, a counter, a dead-letter queue). */
public interface RejectionReporter {
    /** @param rejection the input that was not counted, and why */
    void report(Rejection rejection);

    /** @return a reporter that drops every rejection, for callers that take it from the outcome */
    static RejectionReporter none() {
        return rejection -> { };
    }
}
