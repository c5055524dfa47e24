package dev.adhoc.waittimes.aws.contract;

/**
 * The detail of the completion, cancellation, time-out and {@code orderFinished} events: which order of which
 * tenant. Other fields ({@code ORDERSTATE}, {@code cause}, {@code userId}, ...) are ignored.
 *
 * @param orderId the order
 * @param eventId the tenant
 */
public record OrderDetail(String orderId, String eventId) {
}
