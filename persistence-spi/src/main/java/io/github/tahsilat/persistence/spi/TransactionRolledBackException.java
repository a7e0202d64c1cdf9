package io.github.tahsilat.persistence.spi;

import java.io.Serial;

/**
 * Thrown by the outermost {@link TransactionRunner#inTransaction(java.util.function.Supplier)} when
 * its work returned normally but an exception had escaped a joined call inside it, so the whole
 * transaction was rolled back.
 */
public class TransactionRolledBackException extends StoreException {
    @Serial private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param cause the exception that escaped the joined call, or {@code null} if unknown
     */
    public TransactionRolledBackException(Throwable cause) {
        super(
                "transaction rolled back because an exception escaped a joined call: "
                        + (cause == null ? "unknown" : cause)
                        + "; let the exception escape the outermost call or repeat the work",
                cause);
    }
}
