package io.github.tahsilat.einvoice;

import io.github.tahsilat.error.TahsilatException;
import java.io.Serial;

/**
 * Thrown when a well-formed e-invoice cannot become a Tahsilat invoice or credit document: neither
 * party carries the company's tax id, both do and no direction was given, a credit document names
 * no invoice, or an amount cannot be represented (such as a VAT rate whose lines add up to a
 * negative amount). The message names the document and what to do.
 */
public class EInvoiceImportException extends TahsilatException {
    @Serial private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message that names the document and the fix.
     *
     * @param message the detail message, never {@code null}
     */
    public EInvoiceImportException(String message) {
        super(message);
    }

    /**
     * Creates an exception that wraps the core check that rejected the mapped document.
     *
     * @param message the detail message, never {@code null}
     * @param cause the rejecting exception
     */
    public EInvoiceImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
