package io.github.tahsilat.invoice;

import io.github.tahsilat.error.TahsilatException;
import java.io.Serial;

/**
 * Thrown when a state change is requested that the invoice's current state does not allow, such as
 * cancelling an invoice that already has settlements. The message is the rejection reason that the
 * matching {@code check...} method returns as a {@link Decision}.
 */
public class InvoiceStateException extends TahsilatException {
    @Serial private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with the reason for the rejection.
     *
     * @param reason what the current state does not allow and what to do instead
     */
    public InvoiceStateException(String reason) {
        super(reason);
    }
}
