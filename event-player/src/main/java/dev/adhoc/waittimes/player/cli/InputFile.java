package dev.adhoc.waittimes.player.cli;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * The input of {@code replay} and {@code validate}: {@code -} for stdin, or any readable path (a file, a FIFO,
 * {@code /dev/stdin}, a shell's process substitution). What cannot be opened is bad usage, with the system's reason.
 *
 * @param in   the input, to be closed by the reader
 * @param size its size in bytes, when it is a regular file (for progress)
 */
record InputFile(InputStream in, OptionalLong size) {
    static InputFile open(CommandLine command, String name, InputStream stdin) {
        if ("-".equals(name)) {
            return new InputFile(stdin, OptionalLong.empty());
        }
        Path path;
        try {
            path = Path.of(name);
        } catch (InvalidPathException e) {
            throw new ParameterException(command, "not a file name: " + name);
        }
        if (!Files.exists(path)) {
            throw new ParameterException(command, "no such file: " + name);
        }
        if (Files.isDirectory(path)) {
            throw new ParameterException(command, "cannot read " + name + ": it is a directory");
        }
        try {
            InputStream in = new FileInputStream(path.toFile());
            OptionalLong size = Files.isRegularFile(path) ? OptionalLong.of(Files.size(path)) : OptionalLong.empty();
            return new InputFile(in, size);
        } catch (IOException e) {
            throw new ParameterException(command, "cannot read " + name + ": " + reason(e, name));
        }
    }

    /** @return the system's reason ("Permission denied", "No such file or directory"), never just the file's name */
    static String reason(IOException e, String name) {
        if (e instanceof FileSystemException fs) {
            String reason = fs.getReason();
            if (reason != null) {
                return reason;
            }
            return switch (e.getClass().getSimpleName()) {
                case "AccessDeniedException" -> "Permission denied";
                case "NoSuchFileException" -> "No such file or directory";
                case "FileAlreadyExistsException" -> "File exists";
                case "NotDirectoryException" -> "Not a directory";
                case "DirectoryNotEmptyException" -> "Directory not empty";
                default -> "cannot be accessed";
            };
        }
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
        }
        if (e instanceof FileNotFoundException && message.endsWith(")") && message.contains(" (")) {
            // FileInputStream's "NAME (Permission denied)"
            return message.substring(message.lastIndexOf(" (") + 2, message.length() - 1);
        }
        return message.startsWith(name) && message.length() > name.length()
                ? message.substring(name.length()).replaceFirst("^[:\\s]+", "") : message;
    }
}
