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
            char c = value.charAt(i);
            if (Character.isISOControl(c)) {
                throw new InvalidValueException(RejectionReason.INVALID_VALUE, what + " contains a control character");
            }
            // An unpaired surrogate is not Unicode text: UTF-8 (DynamoDB, JSON on the wire) cannot carry it, so two
            // ids differing only there would collide in storage.
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new InvalidValueException(RejectionReason.INVALID_VALUE, what + " contains an unpaired surrogate");
            }
        }
        return value;
    }
}
