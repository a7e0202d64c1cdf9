package io.github.tahsilat.terms;

import io.github.tahsilat.error.InvalidInputException;
import java.io.Serial;

/**
 * Thrown when the text form of payment terms is not valid, naming the 1-based character position
 * and what was expected there: {@code invalid payment terms at position 5: "NET x"; expected a
 * number of days after NET}.
 */
public class InvalidPaymentTermsException extends InvalidInputException {
    @Serial private static final long serialVersionUID = 1L;

    private final int position;

    /**
     * Creates an exception for a position in a notation text.
     *
     * @param text the whole rejected text
     * @param position the 1-based position of the first character that does not fit
     * @param expected what the notation allows at that position, phrased to follow "expected"
     */
    public InvalidPaymentTermsException(String text, int position, String expected) {
        super("payment terms at position " + position, '"' + text + '"', expected);
        this.position = position;
    }

    /** Returns the 1-based position of the first character that does not fit. */
    public int position() {
        return position;
    }
}
