package dev.adhoc.waittimes.core.domain;

/**
 * A drink as the barista queue names it ({@code detail.drinkOrder.drink}, e.g. {@code "Caffe Latte"}).
 * Any Unicode text of 1 to 100 characters without control characters.
 *
 * @param name the drink's name, compared exactly (case and spaces matter)
 */
public record Drink(String name) {
    /** Longest drink name accepted. */
    public static final int MAX_LENGTH = 100;

    /** @throws InvalidValueException if the name is missing, too long or has control characters */
    public Drink {
        Values.requireText(name, "drink", MAX_LENGTH, RejectionReason.MISSING_FIELD);
    }

    @Override
    public String toString() {
        return name;
    }
}
