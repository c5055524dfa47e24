package dev.adhoc.waittimes.core.domain;

/** Why an order was closed without being completed. */
public enum ClosingReason {
    /** The barista cancelled the order ({@code OrderManager.Order<tenant>-CANCELLED}, {@code OrderManager.OrderCancelled}). */
    CANCELLED,
    /** The customer or the barista timed out ({@code OrderProcessor.OrderTimeOut}). */
    TIMED_OUT
}
