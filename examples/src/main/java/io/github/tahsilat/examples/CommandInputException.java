package io.github.tahsilat.examples;

import java.io.IOException;
import java.io.Serial;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/**
 * Thrown when a command cannot read its input: a missing or unreadable file, or an invalid row or
 * statement. The message names the file and, where known, the 1-based line; {@link Main} prints it
 * and exits with code 1.
 */
final class CommandInputException extends RuntimeException {
    @Serial private static final long serialVersionUID = 1L;

    CommandInputException(String message) {
        super(message);
    }

    CommandInputException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Returns why reading a file failed, in words: {@code "access denied"}, {@code "file not
     * found"} or the exception's message, because the first two carry only the path as message.
     */
    static String reason(IOException failure) {
        if (failure instanceof AccessDeniedException) {
            return "access denied";
        }
        if (failure instanceof NoSuchFileException) {
            return "file not found";
        }
        return failure.getMessage();
    }
}
