package dev.adhoc.waittimes.core.domain;

import java.util.Objects;

/**
 * What an average is kept for: one drink of one tenant.
 *
 * @param tenant the tenant
 * @param drink  the drink
 */
public record WindowKey(TenantId tenant, Drink drink) {
    /** @throws NullPointerException if a component is null */
    public WindowKey {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(drink, "drink");
    }

    @Override
    public String toString() {
        return tenant + "/" + drink;
    }
}
