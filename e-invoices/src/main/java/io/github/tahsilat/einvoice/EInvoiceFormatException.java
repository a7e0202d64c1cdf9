package io.github.tahsilat.einvoice;

import io.github.tahsilat.error.InvalidInputException;
import java.io.Serial;

/**
 * Thrown when an e-invoice or Reminder cannot be read: the XML is not well-formed or has a DTD, the
 * document is not of the type the reader reads, or an element the model needs is missing or
 * malformed.
 *
 * <p>{@link #field()} is the path of the element at fault, such as {@code
 * /Invoice/cac:LegalMonetaryTotal/cbc:PayableAmount}, with the prefixes {@code cac:} and {@code
 * cbc:} whatever the document used. The message names the path, the rejected value and what was
 * expected.
 */
public class EInvoiceFormatException extends InvalidInputException {
    @Serial private static final long serialVersionUID = 1L;

    /**
     * Creates an exception for one element.
     *
     * @param path the element's path from the document root
     * @param rejectedValue the rejected text, or {@code null} when the element was missing
     * @param expected what the element must contain, phrased to follow "expected"
     */
    public EInvoiceFormatException(String path, Object rejectedValue, String expected) {
        super(path, rejectedValue, expected);
    }

    /**
     * Creates an exception for one element with the parser failure that caused it.
     *
     * @param path the element's path from the document root
     * @param rejectedValue the rejected text, or {@code null} when the element was missing
     * @param expected what the element must contain, phrased to follow "expected"
     * @param cause the parser's exception
     */
    public EInvoiceFormatException(
            String path, Object rejectedValue, String expected, Throwable cause) {
        super(path, rejectedValue, expected);
        initCause(cause);
    }

    /** Returns the path of the element at fault, the same as {@link #field()}. */
    public String path() {
        return field();
    }
}
