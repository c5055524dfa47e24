package dev.adhoc.waittimes.aws.contract;

/**
 * {@code detail.drinkOrder} of {@code OrderManager.WaitingCompletion}; only the drink is used (the modifiers, icon
 * and user are ignored).
 *
 * @param drink the drink's name, e.g. {@code "Caffe Latte"}
 */
public record DrinkOrder(String drink) {
}
