package dev.adhoc.waittimes.acceptance.reliability;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.adhoc.waittimes.player.EventPlayer;
import dev.adhoc.waittimes.player.wiring.Terminal;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The event player on hostile input, through its real command line: the array-only corpus
 * ({@code hostile-arrays/cases.json}) gets exactly its expected rejections from {@code replay}, with the replay
 * going on, and {@code validate} names the same positions; and on every case of the hostile event corpus,
 * {@code validate} calls invalid exactly what {@code replay} rejects for a reason a schema can state.
 */
class PlayerOnHostileInputTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern REJECTED = Pattern.compile("^rejected (.+?): ([A-Z_]+): .*");
    private static final Pattern INVALID = Pattern.compile("^invalid (.+?): (.*)");
    private static final Pattern ACCEPTED = Pattern.compile(", (\\d+) accepted, ");
    /** The parser rejects these for a rule no schema can state (ADR 0007), or under another name than the schema. */
    private static final Set<String> CROSS_FIELD_RULES = Set.of("detail-type-names-other-tenant");
    /**
     * The extension's own event, looped back: replay ignores it (it consumes no DrinkAverageTime), while validate
     * checks it against the emitted event's schema, which this old, reference-shaped one does not meet.
     */
    private static final Set<String> EMITTED_NOT_CONSUMED = Set.of("own-output-looped-back");
    private static final Set<String> ANOTHER_REASON = Set.of("detail-null");
    /** Only the order's other event can show these: alone, each is a valid event. */
    private static final Set<String> DOMAIN_REASONS = Set.of("NEGATIVE_WAIT", "WAIT_ABOVE_CEILING");

    /** One array-only case. */
    record ArrayCase(String name, List<List<Object>> parts, List<String> rejected, int accepted, String why) {
        byte[] bytes() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int good = 0;
            for (List<Object> part : parts) {
                String text = (String) part.get(0);
                int times = ((Number) part.get(1)).intValue();
                for (int i = 0; i < times; i++) {
                    out.writeBytes((text.equals("@good") ? good(++good) : text).getBytes(StandardCharsets.UTF_8));
                }
            }
            return out.toByteArray();
        }

        @Override
        public String toString() {
            return name;
        }
    }

    record ArrayCorpus(String about, List<ArrayCase> cases) {
    }

    static List<ArrayCase> arrayCases() {
        try (InputStream in = PlayerOnHostileInputTest.class.getResourceAsStream("/hostile-arrays/cases.json")) {
            return JSON.readValue(in, ArrayCorpus.class).cases();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String good(int n) {
        return "{\"version\":\"0\",\"id\":\"good-" + n + "\",\"detail-type\":\"OrderManager.WaitingCompletion\","
                + "\"source\":\"awsserverlessda.serverlesspresso\",\"account\":\"123456789012\","
                + "\"time\":\"2026-11-27T10:00:0" + (n % 10) + "Z\",\"region\":\"us-west-2\",\"resources\":[],"
                + "\"detail\":{\"orderId\":\"good-" + n + "\",\"eventId\":\"ARR\",\"orderNumber\":" + n + ","
                + "\"userId\":\"u\",\"TS\":1764237600000,\"drinkOrder\":{\"drink\":\"Latte\",\"modifiers\":[]}}}";
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("arrayCases")
    void replay_rejects_exactly_the_broken_elements_goes_on_and_validate_agrees(ArrayCase c) {
        byte[] input = c.bytes();
        Run replay = Run.of(input, "replay", "-", "--format", "jsonl");
        Run validate = Run.of(input, "validate", "-");

        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(replay.status).as(c.name + ": replay's status\n" + replay).isZero();
        List<String> rejected = new ArrayList<>();
        for (String line : replay.err.lines().toList()) {
            Matcher m = REJECTED.matcher(line);
            if (m.matches()) {
                rejected.add(m.group(1) + ": " + m.group(2));
            }
        }
        softly.assertThat(rejected).as(c.name + ": rejections\n" + replay).isEqualTo(c.rejected);
        Matcher accepted = ACCEPTED.matcher(replay.err);
        softly.assertThat(accepted.find() ? Integer.parseInt(accepted.group(1)) : -1).as(c.name + ": accepted")
                .isEqualTo(c.accepted);
        softly.assertThat(replay.err).as(c.name).doesNotContain("Exception", "REDACTED", "unexpected");

        List<String> invalid = validate.out.lines().map(INVALID::matcher).filter(Matcher::matches)
                .map(m -> m.group(1)).toList();
        softly.assertThat(invalid).as(c.name + ": validate's invalid positions\n" + validate)
                .isEqualTo(c.rejected.stream().map(r -> r.substring(0, r.indexOf(':'))).toList());
        softly.assertThat(validate.status).as(c.name + ": validate's status").isEqualTo(c.rejected.isEmpty() ? 0 : 1);
        softly.assertAll();
    }

    @Test
    void validate_calls_invalid_exactly_what_replay_rejects_on_every_hostile_event() {
        SoftAssertions softly = new SoftAssertions();
        int compared = 0;
        for (HostileCorpus.Case c : HostileCorpus.load().cases()) {
            if (CROSS_FIELD_RULES.contains(c.label()) || EMITTED_NOT_CONSUMED.contains(c.label())) {
                continue;
            }
            ByteArrayOutputStream array = new ByteArrayOutputStream();
            array.writeBytes("[\n".getBytes(StandardCharsets.UTF_8));
            array.writeBytes(c.bytes());
            array.writeBytes("\n]\n".getBytes(StandardCharsets.UTF_8));
            Run replay = Run.of(array.toByteArray(), "replay", "-", "--format", "jsonl");
            Run validate = Run.of(array.toByteArray(), "validate", "-");
            Matcher rejection = REJECTED.matcher(replay.err.lines().findFirst().orElse(""));
            String reason = rejection.matches() ? rejection.group(2) : null;
            if (reason != null && DOMAIN_REASONS.contains(reason)) {
                continue;
            }
            boolean invalid = validate.status == 1;
            softly.assertThat(invalid).as(c.label() + ": validate says invalid iff replay rejects\n" + replay + "\n"
                    + validate).isEqualTo(reason != null);
            if (reason != null && invalid && !ANOTHER_REASON.contains(c.label())) {
                softly.assertThat(validate.out).as(c.label() + ": validate names replay's reason").contains(reason);
            }
            compared++;
        }
        assertThat(compared).isGreaterThan(50);
        softly.assertAll();
    }

    /** One in-process run of the player on captured streams. */
    private record Run(int status, String out, String err) {
        static Run of(byte[] stdin, String... args) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int status = EventPlayer.run(args, new Terminal(new ByteArrayInputStream(stdin),
                    new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                    false));
            return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }

        @Override
        public String toString() {
            return "exit " + status + "\n--- stdout\n" + cut(out) + "\n--- stderr\n" + cut(err);
        }

        private static String cut(String text) {
            return text.length() > 2000 ? text.substring(0, 2000) + "..." : text;
        }
    }
}
