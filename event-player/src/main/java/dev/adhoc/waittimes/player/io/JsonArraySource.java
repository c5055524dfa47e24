package dev.adhoc.waittimes.player.io;

import java.io.IOException;

/**
 * JSON arrays of events, as an EventBridge archive export holds them (and several of them one after another, as
 * {@code cat a.json b.json} makes), split into elements at the byte level: no JSON parser runs here, so no parser
 * limit (nesting, number length, string length) can stop the input. Each element's text is handed over exactly as
 * the input holds it, kept only up to the size limit plus one byte, and the contract's parser judges it as the
 * Lambda judges an event: a broken element is one rejection, and the next element is read as usual.
 *
 * <p>Only the array's own structure is checked here: a closing bracket that does not match its opening one, a
 * missing end, or content after an array that is not another array end the input with one unreadable item (no
 * reader can tell where the next element would start).
 */
final class JsonArraySource extends ChunkedSource {
    /** Opening brackets deeper than this are counted, not told apart; the contract parser stops at 64 levels. */
    private static final int TRACKED_DEPTH = 4096;

    private final BoundedBytes element;
    private final long[] objects = new long[TRACKED_DEPTH / 64];
    private long index;
    private int arrays;
    private boolean inArray;
    private boolean afterComma;
    private boolean ended;

    /** @param in the input, positioned just after the first array's opening bracket */
    JsonArraySource(CountingInputStream in, int maxEventBytes) {
        super(in);
        this.element = new BoundedBytes(maxEventBytes + 1);
        this.inArray = true;
        this.arrays = 1;
    }

    @Override
    public InputItem next() throws IOException {
        while (!ended) {
            int b = skipWhitespace();
            if (!inArray) {
                if (b < 0) {
                    ended = true;
                    return null;
                }
                if (b != '[') {
                    return end(new InputItem.Unreadable(after(), "content after the end of the array (at byte "
                            + offset(0) + "), neither whitespace nor another array: the rest of the input is not read"));
                }
                chunkPos++;
                inArray = true;
                afterComma = false;
                arrays++;
                continue;
            }
            if (b < 0) {
                return end(new InputItem.Unreadable(after(), "the array is not closed (the input ends after "
                        + bytesRead() + " bytes)"));
            }
            if (b == ']') {
                chunkPos++;
                inArray = false;
                if (afterComma) {
                    return new InputItem.Unreadable("element " + (++index), "empty element: a comma before the end "
                            + "of the array (at byte " + offset(1) + ")");
                }
                continue;
            }
            if (b == ',') {
                chunkPos++;
                return new InputItem.Unreadable("element " + (++index), "empty element: a comma where an element "
                        + "should start (at byte " + offset(1) + ")");
            }
            return readElement();
        }
        return null;
    }

    /** Reads one element from its first byte to the comma or bracket that ends it (outside strings, at its top). */
    private InputItem readElement() throws IOException {
        index++;
        element.reset();
        long depth = 0;
        boolean inString = false;
        boolean escaped = false;
        while (true) {
            if (chunkPos == chunkSize && !fill()) {
                if (depth == 0 && !inString) {
                    return event(); // complete as far as the splitter can tell; the missing end comes next
                }
                return end(new InputItem.Unreadable("element " + index, "the array is not closed (the input ends after "
                        + bytesRead() + " bytes, inside this element)"));
            }
            int start = chunkPos;
            for (int i = chunkPos; i < chunkSize; i++) {
                byte c = chunk[i];
                if (inString) {
                    if (escaped) {
                        escaped = false;
                    } else if (c == '\\') {
                        escaped = true;
                    } else if (c == '"') {
                        inString = false;
                    }
                    continue;
                }
                switch (c) {
                    case '"' -> inString = true;
                    case '{', '[' -> {
                        depth++;
                        if (depth <= TRACKED_DEPTH) {
                            setObject(depth, c == '{');
                        }
                    }
                    case '}', ']' -> {
                        if (depth == 0) {
                            element.write(chunk, start, i - start);
                            chunkPos = i + 1;
                            if (c == '}') {
                                return end(mismatch());
                            }
                            inArray = false;
                            afterComma = false;
                            return event();
                        }
                        if (depth <= TRACKED_DEPTH && isObject(depth) != (c == '}')) {
                            element.write(chunk, start, i + 1 - start);
                            chunkPos = i + 1;
                            return end(mismatch());
                        }
                        depth--;
                    }
                    case ',' -> {
                        if (depth == 0) {
                            element.write(chunk, start, i - start);
                            chunkPos = i + 1;
                            afterComma = true;
                            return event();
                        }
                    }
                    default -> {
                        // any other byte belongs to the element
                    }
                }
            }
            element.write(chunk, start, chunkSize - start);
            chunkPos = chunkSize;
        }
    }

    private InputItem event() {
        return new InputItem.Event("element " + index, element.toByteArray());
    }

    private InputItem mismatch() {
        return new InputItem.Unreadable("element " + index, "a closing bracket does not match its opening one (at byte "
                + offset(1) + "): the rest of the array cannot be split into elements");
    }

    private String after() {
        return index == 0 ? (arrays == 1 ? "the array" : "array " + arrays) : "after element " + index;
    }

    private void setObject(long depth, boolean object) {
        int bit = (int) (depth - 1);
        if (object) {
            objects[bit >>> 6] |= 1L << bit;
        } else {
            objects[bit >>> 6] &= ~(1L << bit);
        }
    }

    private boolean isObject(long depth) {
        int bit = (int) (depth - 1);
        return (objects[bit >>> 6] & (1L << bit)) != 0;
    }

    /** @return the next byte that is not JSON whitespace, left unread, or -1 at the end of the input */
    private int skipWhitespace() throws IOException {
        while (true) {
            if (chunkPos == chunkSize && !fill()) {
                return -1;
            }
            byte b = chunk[chunkPos];
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return b & 0xFF;
            }
            chunkPos++;
        }
    }

    /** @return the number (from 1) in the whole input of the byte {@code back} bytes before the read position */
    private long offset(int back) {
        return bytesRead() - back + 1;
    }

    private InputItem end(InputItem last) {
        ended = true;
        return last;
    }
}
