package io.github.tahsilat.error;

import java.io.Serial;

/**
 * Base of every exception the library throws on purpose.
 *
 * <p>Unchecked, because each failure is either bad input that the caller can fix, or a broken
 * invariant that no caller can handle locally. Every subclass puts the offending value and the fix
 * into its message.
 */
public class TahsilatException extends RuntimeException {
    @Serial private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message that names the value and what to do.
     *
     * @param message the detail message, never {@code null}
     */
    public TahsilatException(String message) {
        super(message);
    }

    /**
     * Creates an exception that wraps its cause.
     *
     * @param message the detail message, never {@code null}
     * @param cause the underlying failure
     */
    public TahsilatException(String message, Throwable cause) {
        super(message, cause);
    }
}
