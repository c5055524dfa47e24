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
            // Shown in tables, logs and screens, these reorder or break what follows them (U+202E reverses a line).
            if (isBidiControlOrLineSeparator(c)) {
                throw new InvalidValueException(RejectionReason.INVALID_VALUE, what + " contains a bidirectional "
                        + "control or line separator character (U+" + String.format("%04X", (int) c) + ")");
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

    /** U+061C, U+200E, U+200F, U+202A-U+202E, U+2066-U+2069 (bidirectional controls), U+2028, U+2029 (separators). */
    static boolean isBidiControlOrLineSeparator(char c) {
        return c == '\u061C' || c == '\u200E' || c == '\u200F' || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069') || c == '\u2028' || c == '\u2029';
    }
}
