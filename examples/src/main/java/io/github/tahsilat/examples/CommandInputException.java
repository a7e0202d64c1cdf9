package io.github.tahsilat.examples;

import java.io.Serial;

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
}
