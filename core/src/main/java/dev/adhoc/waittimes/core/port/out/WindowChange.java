package dev.adhoc.waittimes.core.port.out;

import dev.adhoc.waittimes.core.domain.Window;

import java.util.Objects;

/**
 * A window before and after an atomic update.
 *
 * @param before the stored window before (empty if there was none)
 * @param after  the stored window after
 */
public record WindowChange(Window before, Window after) {
    /** @throws NullPointerException if a component is null */
    public WindowChange {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }

    /** @return whether the update changed the window */
    public boolean changed() {
        return !before.equals(after);
    }
}
