package dev.adhoc.waittimes.core.engine;

import dev.adhoc.waittimes.core.domain.Drink;
import dev.adhoc.waittimes.core.domain.TenantId;

import java.util.Objects;

/**
 * What a window is kept for: one tenant, and within it a scope the extension chooses (a drink for wait times, the
 * empty scope for a figure of the whole tenant). Tenants never share a window.
 *
 * @param tenant the tenant
 * @param scope  the scope within the tenant; empty for the whole tenant
 */
public record WindowKey(TenantId tenant, String scope) {
    /** @throws NullPointerException if a component is null */
    public WindowKey {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(scope, "scope");
    }

    /** The window of one drink of a tenant. */
    public WindowKey(TenantId tenant, Drink drink) {
        this(tenant, drink.name());
    }

    /** @return the window of the whole tenant */
    public static WindowKey tenantWide(TenantId tenant) {
        return new WindowKey(tenant, "");
    }

    /** @return the scope as a drink (for keys made from one) */
    public Drink drink() {
        return new Drink(scope);
    }

    @Override
    public String toString() {
        return scope.isEmpty() ? tenant.toString() : tenant + "/" + scope;
    }
}
