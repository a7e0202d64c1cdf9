package io.github.tahsilat.einvoice;

import io.github.tahsilat.invoice.Direction;
import io.github.tahsilat.invoice.InvoiceReference;

/**
 * Choices for one import that the document itself does not settle.
 *
 * @param direction the direction of the imported item, or {@code null} to derive it from which
 *     party carries the company's tax id. Needed when both parties carry it, as between two
 *     branches of one company.
 * @param creditReference the invoice a credit document reduces, or {@code null} to take it from the
 *     document's billing reference. Needed for a credit note that names no invoice.
 */
public record ImportOptions(Direction direction, InvoiceReference creditReference) {

    /** Returns options that take everything from the document. */
    public static ImportOptions none() {
        return new ImportOptions(null, null);
    }

    /** Returns options that set the direction. */
    public static ImportOptions direction(Direction direction) {
        return new ImportOptions(direction, null);
    }

    /** Returns a copy with the reference for a credit document that names none. */
    public ImportOptions withCreditReference(InvoiceReference reference) {
        return new ImportOptions(direction, reference);
    }
}
