package dev.adhoc.waittimes.aws.contract;

/** Short, printable quotes of untrusted input for rejection messages and logs. */
final class Excerpts {
    static final int MAX = 80;

    private Excerpts() {
    }

    /**
     * @return a parser's message, which may echo input: control characters escaped, cut to 200 characters, and
     *         without the parser's note that it does not echo the source (a location keeps its line and column)
     */
    static String clean(String message) {
        String located = String.valueOf(message).replaceAll("Source: REDACTED \\([^)]*\\); ", "");
        String quoted = quote(located, 200);
        return quoted.substring(1, quoted.length() - 1);
    }

    /** @return the text in quotes, cut to {@value #MAX} characters, control characters shown as {@code \\uXXXX} */
    static String quote(String text) {
        return quote(text, MAX);
    }

    private static String quote(String text, int max) {
        StringBuilder out = new StringBuilder("\"");
        int end = Math.min(text.length(), max);
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        if (text.length() > max) {
            out.append("...");
        }
        return out.append('"').toString();
    }
}
