package io.github.tahsilat.persistence.spi;

import java.io.Serial;

/**
 * Unchecked base of every failure that a store reports under the SPI contract.
 *
 * <p>A store throws a subclass named for the rule that failed; it throws this class itself only for
 * a failure that no subclass names. A store that throws one of these has changed nothing, unless it
 * runs inside a transaction, whose fate the {@link TransactionRunner} decides.
 */
public class StoreException extends RuntimeException {
    @Serial private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message that names the value and what to do.
     *
     * @param message the message, never {@code null}
     */
    public StoreException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message and the failure that caused it.
     *
     * @param message the message, never {@code null}
     * @param cause the underlying failure, or {@code null}
     */
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
