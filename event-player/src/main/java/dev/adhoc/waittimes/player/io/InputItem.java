package dev.adhoc.waittimes.player.io;

/** One item of an input file: an event's JSON text, or a part of the input that cannot be read as one. */
public sealed interface InputItem {
    /** @return where it is in the input, e.g. {@code "line 12"} or {@code "element 3"} */
    String position();

    /**
     * One event's JSON text, exactly as the input holds it (JSON lines), or its structure copied token by token
     * (a JSON array). At most the size limit plus one byte is kept, so that an oversized event is still
     * recognized as oversized without being held whole.
     *
     * @param position where it is
     * @param json     the UTF-8 JSON text
     */
    record Event(String position, byte[] json) implements InputItem {
    }

    /**
     * Input that is not JSON at all (a broken JSON array cannot be read past its first syntax error).
     *
     * @param position where it is
     * @param message  what is wrong
     */
    record Unreadable(String position, String message) implements InputItem {
    }
}
