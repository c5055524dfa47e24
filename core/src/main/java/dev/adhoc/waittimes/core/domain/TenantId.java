package dev.adhoc.waittimes.core.domain;

import java.util.regex.Pattern;

/**
 * A tenant: one pop-up coffee bar, named on the bus by {@code detail.eventId} (e.g. {@code "NYC"}).
 * Tenants never influence each other's wait times.
 *
 * <p>Format: 1 to 64 characters, letters, digits, {@code '.'}, {@code '_'} or {@code '-'}, starting with a letter
 * or digit. The restriction keeps tenant names safe to use in storage keys and topic names: no tenant can be
 * named like a prefix of another tenant's key.
 *
 * @param value the tenant name as it appears on the bus
 */
public record TenantId(String value) {
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    /** @throws InvalidValueException if the name is missing or not of the tenant format */
    public TenantId {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(RejectionReason.MISSING_FIELD, "tenant (eventId) is missing or blank");
        }
        if (!FORMAT.matcher(value).matches()) {
            throw new InvalidValueException(RejectionReason.INVALID_TENANT,
                    "tenant (eventId) must be 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
