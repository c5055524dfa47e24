package dev.adhoc.waittimes.core.engine;

import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One extension, as the engine runs it: what counts, which samples make a window, and what a window shows.
 *
 * @param name      the extension's name; stores may use it as the prefix of its keys
 * @param counting  what counts and what is rejected
 * @param policy    which samples make a window
 * @param summary   the figures of a window
 * @param retention how long an order's record (and its samples) are kept after its last report
 * @param <F>       the figures' type
 */
public record Configuration<F>(String name, Counting counting, WindowPolicy policy, Summary<F> summary,
                               Duration retention) {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,31}");

    /** @throws IllegalArgumentException if the retention is not positive or the name is not a plain word */
    public Configuration {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(counting, "counting");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(retention, "retention");
        requireName(name);
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("retention must be positive");
        }
    }

    /**
     * The rule of an extension's name, which stores also use as the extension's key prefix: 1 to 32 lower-case
     * letters, digits and {@code '-'}, starting with a letter.
     *
     * @param name the name to check
     * @return the name
     * @throws IllegalArgumentException if it breaks the rule; the message says the rule
     */
    public static String requireName(String name) {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("an extension's name is 1-32 lower-case letters, digits and '-', "
                    + "starting with a letter, was '" + name + "'");
        }
        return name;
    }
}
