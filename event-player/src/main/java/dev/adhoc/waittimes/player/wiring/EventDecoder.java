package dev.adhoc.waittimes.player.wiring;

/** TEMPORARY seam until the contract parser lands. */
@FunctionalInterface
public interface EventDecoder {
    /** @return what the event means */
    Decoded decode(byte[] json, String position);
}
