package dev.adhoc.waittimes.aws.contract;

/**
 * The detail of {@code OrderManager.WaitingCompletion}: the order entered the barista queue. Only the fields the
 * contract uses are bound; the others ({@code orderNumber}, {@code TS}, {@code userId}, {@code robot},
 * {@code TaskToken}, ...) are ignored whatever their type.
 *
 * @param orderId    the order
 * @param eventId    the tenant
 * @param drinkOrder what was ordered
 */
public record WaitingCompletionDetail(String orderId, String eventId, DrinkOrder drinkOrder) {
}
