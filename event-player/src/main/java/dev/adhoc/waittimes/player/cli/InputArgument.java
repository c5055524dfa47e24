package dev.adhoc.waittimes.player.cli;

import picocli.CommandLine;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.InputStream;

/** The {@code FILE|-} argument of {@code replay} and {@code validate}, and how its failures read. */
final class InputArgument {
    @Parameters(index = "0", paramLabel = "FILE|-", description = "the events: a file, or - for stdin")
    String name;

    /** @return the input, opened as {@link InputFile#open} does */
    InputFile open(CommandLine command, InputStream stdin) {
        return InputFile.open(command, name, stdin);
    }

    /** @return the message of a failure to read the input once it was opened */
    String cannotRead(IOException e) {
        return "cannot read " + name + ": " + InputFile.reason(e, "");
    }
}
