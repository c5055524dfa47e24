package dev.adhoc.waittimes.core.domain;

/** Shared checks of the small text values (tenant, drink, order id). */
final class Values {
    private Values() {
    }

    static String requireText(String value, String what, int maxLength, RejectionReason missing) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(missing, what + " is missing or blank");
        }
        if (value.length() > maxLength) {
            throw new InvalidValueException(RejectionReason.INVALID_VALUE,
                    what + " is longer than " + maxLength + " characters");
        }
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                throw new InvalidValueException(RejectionReason.INVALID_VALUE, what + " contains a control character");
            }
        }
        return value;
    }
}
