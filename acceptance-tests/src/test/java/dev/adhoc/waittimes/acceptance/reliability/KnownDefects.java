package dev.adhoc.waittimes.acceptance.reliability;

/**
 * The defects found by these tests and not fixed yet (docs/reliability.md, "Known defects"). By default a test
 * pins each one: it asserts the defect still shows, so CI stays green and a fix is noticed at once (the pinned
 * assertion then fails: turn it into the contract's). {@code -Dreliability.knownDefects=true} asserts the
 * contract's behaviour instead, which fails until the defect is fixed.
 */
final class KnownDefects {
    private KnownDefects() {
    }

    /** @return whether to assert the contract rather than the known defect */
    static boolean assertContract() {
        return Boolean.getBoolean("reliability.knownDefects");
    }
}
