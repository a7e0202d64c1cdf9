package io.github.tahsilat.instrument;

import io.github.tahsilat.error.TahsilatException;
import java.io.Serial;

/**
 * Thrown when an instrument step is not allowed from its current status, such as clearing a bounced
 * cheque. Nothing changes.
 */
public class InstrumentStateException extends TahsilatException {
    @Serial private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with the reason.
     *
     * @param reason the step requested, the current status, and what is allowed instead
     */
    public InstrumentStateException(String reason) {
        super(reason);
    }
}
