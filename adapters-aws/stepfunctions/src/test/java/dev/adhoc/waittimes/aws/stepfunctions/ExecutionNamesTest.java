package dev.adhoc.waittimes.aws.stepfunctions;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Execution names: readable, in the allowed alphabet, at most 80 characters, distinct per run. */
class ExecutionNamesTest {
    private static final String ALLOWED = "[0-9A-Za-z_-]{1,80}";

    @Test
    void keepsAUuidIdAsItIs() {
        assertThat(ExecutionNames.compose("6f0c8b5e-1c2d-4e0f-9a7b-3d5e2f1a0b9c", "k3x9q2mz"))
                .isEqualTo("6f0c8b5e-1c2d-4e0f-9a7b-3d5e2f1a0b9c-k3x9q2mz");
    }

    @Test
    void replacesEveryUnsafeCharacter() {
        assertThat(ExecutionNames.compose("line 12: {NYC}/é", "s1")).isEqualTo("line_12___NYC___-s1");
    }

    @Test
    void cutsALongIdToFitEightyCharacters() {
        String name = ExecutionNames.compose("x".repeat(200), "k3x9q2mz");

        assertThat(name).hasSize(80).endsWith("x-k3x9q2mz");
    }

    @Test
    void fallsBackWhenTheEventHasNoUsableId() {
        assertThat(new ExecutionNames().forEvent("not json")).matches("event-[0-9a-z]{8}");
        assertThat(new ExecutionNames().forEvent("{\"id\":42}")).matches("event-[0-9a-z]{8}");
        assertThat(new ExecutionNames().forEvent("{\"id\":\" \"}")).matches("event-[0-9a-z]{8}");
        assertThat(new ExecutionNames().forEvent("[]")).matches("event-[0-9a-z]{8}");
    }

    @Test
    void refusesAnUnsafeSuffix() {
        assertThatThrownBy(() -> ExecutionNames.compose("id", "a b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ExecutionNames.compose("id", "")).isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void everyIdGivesAnAllowedNameThatStartsWithItsSafePrefix(@ForAll @StringLength(max = 300) String id,
                                                              @ForAll @AlphaChars @StringLength(min = 1, max = 12) String suffix) {
        String name = ExecutionNames.compose(id, suffix);

        assertThat(name).matches(ALLOWED).endsWith("-" + suffix);
        if (!id.isBlank() && id.matches("[0-9A-Za-z_-]*") && id.length() + 1 + suffix.length() <= 80) {
            assertThat(name).isEqualTo(id + "-" + suffix);
        }
    }

    @Property(tries = 50)
    void eventsWithAnIdAreNamedAfterIt(@ForAll @AlphaChars @StringLength(min = 1, max = 60) String id) {
        String name = new ExecutionNames().forEvent("{\"version\":\"0\",\"id\":\"" + id + "\"}");

        assertThat(name).matches(ALLOWED).startsWith(id + "-");
    }
}
