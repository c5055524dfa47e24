package dev.adhoc.waittimes.aws.eventbridge;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Some wait-time events could not be put on the bus: {@code PutEvents} kept reporting them as failed after every
 * resend. Names each failed entry's error code, so the cause (throttling, a missing bus, ...) is in the message.
 */
public final class PublishFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * One entry that stayed failed.
     *
     * @param detail       the entry's detail (which tenant and drink)
     * @param errorCode    EventBridge's error code, e.g. {@code ThrottlingException}
     * @param errorMessage EventBridge's message
     */
    public record FailedEntry(String detail, String errorCode, String errorMessage) {
    }

    private final transient List<FailedEntry> failed;

    /**
     * @param failed   the entries that stayed failed
     * @param total    how many entries were to be published
     * @param attempts how many calls each failed entry was sent in
     */
    public PublishFailedException(List<FailedEntry> failed, int total, int attempts) {
        super(message(failed, total, attempts));
        this.failed = List.copyOf(failed);
    }

    /** @return the entries that stayed failed */
    public List<FailedEntry> failed() {
        return failed;
    }

    private static String message(List<FailedEntry> failed, int total, int attempts) {
        Map<String, Integer> codes = new TreeMap<>();
        failed.forEach(f -> codes.merge(String.valueOf(f.errorCode()), 1, Integer::sum));
        StringBuilder text = new StringBuilder().append(failed.size()).append(" of ").append(total)
                .append(" wait-time events were not put on the bus after ").append(attempts).append(" attempts: ");
        codes.forEach((code, n) -> text.append(code).append(" x").append(n).append(", "));
        text.setLength(text.length() - 2);
        FailedEntry first = failed.get(0);
        return text.append(" (first: ").append(first.errorCode()).append(" \"").append(first.errorMessage())
                .append("\" for ").append(first.detail()).append(')').toString();
    }
}
