package dev.adhoc.waittimes.acceptance.reliability;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The committed folder of hostile events, {@code src/test/resources/hostile/}: one event per file, and
 * {@code cases.json} naming each file's expected outcome. The two size cases are generated from a small template
 * at test time (a 256 KiB file would only bloat the repository).
 *
 * @param about what the corpus is and how it is run
 * @param cases the cases, in delivery order
 */
record HostileCorpus(String about, List<Case> cases) {
    private static final String FOLDER = "/hostile/";

    /**
     * One hostile event and what must become of it.
     *
     * @param name               the case's name (default: the file's name without extension)
     * @param file               the file holding the event, or null if it is generated
     * @param generate           how to generate the event, or null
     * @param expect             {@code ACCEPTED}, {@code IGNORED} or {@code REJECTED <reason>}
     * @param complete           a completion of the same order to deliver after it, and the window it must make
     * @param eventRefIsPosition whether the rejection must name the request rather than the event's id
     * @param why                what the case is about
     */
    record Case(String name, String file, Generate generate, String expect, Completion complete,
                Boolean eventRefIsPosition, String why) {
        /** @return the case's name */
        String label() {
            return name != null ? name : file.substring(0, file.lastIndexOf('.'));
        }

        /** @return the outcome to assert */
        String asserted() {
            return expect;
        }

        /** @return the event's bytes */
        byte[] bytes() {
            if (generate == null) {
                return resource(file);
            }
            String template = new String(resource(generate.template()), StandardCharsets.UTF_8);
            int fill = generate.bytes() - template.getBytes(StandardCharsets.UTF_8).length;
            byte[] event = template.replace("\"padding\":\"\"", "\"padding\":\"" + "x".repeat(fill) + "\"")
                    .getBytes(StandardCharsets.UTF_8);
            if (event.length != generate.bytes()) {
                throw new IllegalStateException(label() + ": generated " + event.length + " bytes");
            }
            return event;
        }
    }

    /**
     * @param template a file whose detail holds {@code "padding":""}
     * @param bytes    the size to pad the event to
     */
    record Generate(String template, int bytes) {
    }

    /**
     * @param afterSeconds how long after the case's event the order completes
     * @param window       the window that completion must make
     */
    record Completion(int afterSeconds, Window window) {
    }

    /**
     * @param tenant     the window's tenant
     * @param drink      the window's drink
     * @param sampleSize its sample size
     * @param duration   its average, seconds with three decimals
     */
    record Window(String tenant, String drink, int sampleSize, String duration) {
        String key() {
            return tenant + "/" + drink;
        }
    }

    /** @return the corpus on the test class path */
    static HostileCorpus load() {
        try {
            return new ObjectMapper().readValue(resource("cases.json"), HostileCorpus.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = HostileCorpus.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("no hostile case file " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
