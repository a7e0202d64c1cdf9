package io.github.tahsilat.ledger;

import io.github.tahsilat.error.TahsilatException;
import java.io.Serial;

/**
 * Thrown when a ledger operation is not allowed in the ledger's current state, such as reversing a
 * payment twice or refunding more credit than is unapplied. Nothing changes.
 */
public class LedgerStateException extends TahsilatException {
    @Serial private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with the reason.
     *
     * @param reason what the state does not allow and what to do instead
     */
    public LedgerStateException(String reason) {
        super(reason);
    }
}
