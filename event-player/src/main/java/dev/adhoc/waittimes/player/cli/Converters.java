package dev.adhoc.waittimes.player.cli;

import dev.adhoc.waittimes.aws.sdk.EndpointOverride;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/** Converters of option values; their messages become the one-line usage errors. */
final class Converters {
    private Converters() {
    }

    /**
     * Makes every option of the enum's type, in the command and its subcommands, read the lower-case names of its
     * constants ({@code memory}, {@code jsonl}). Call it after adding the subcommands.
     */
    static <E extends Enum<E>> void lowerCase(CommandLine commandLine, Class<E> type) {
        commandLine.registerConverter(type, new LowerCaseEnum<>(type));
    }

    /** Lower-case names of an enum's constants, as the options spell them ({@code memory}, {@code jsonl}). */
    static final class LowerCaseEnum<E extends Enum<E>> implements ITypeConverter<E> {
        private final Class<E> type;

        LowerCaseEnum(Class<E> type) {
            this.type = type;
        }

        @Override
        public E convert(String value) {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equalsIgnoreCase(value)) {
                    return constant;
                }
            }
            throw new TypeConversionException("expected " + Arrays.stream(type.getEnumConstants())
                    .map(c -> c.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(" or ")) + ", was '"
                    + value + "'");
        }
    }

    /** An endpoint override, as every AWS client accepts one ({@link EndpointOverride}). */
    static final class Endpoint implements ITypeConverter<URI> {
        @Override
        public URI convert(String value) {
            return EndpointOverride.parse(value).orElseThrow(() -> new TypeConversionException(
                    "expected " + EndpointOverride.EXPECTED + ", was '" + value + "'"));
        }
    }

    /** {@code max}, or a positive factor of real time. */
    static final class Speed implements ITypeConverter<OptionalDouble> {
        static final double MIN_SPEED = 0.01;
        static final double MAX_SPEED = 1_000_000;

        @Override
        public OptionalDouble convert(String value) {
            if ("max".equalsIgnoreCase(value)) {
                return OptionalDouble.empty();
            }
            try {
                double factor = Double.parseDouble(value);
                if (factor >= MIN_SPEED && factor <= MAX_SPEED) {
                    return OptionalDouble.of(factor);
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new TypeConversionException("expected max or a number from 0.01 to 1000000 (times real time), was '"
                    + value + "'");
        }
    }
}
