package io.github.tahsilat.einvoice;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A {@code cac:BillingReference/cac:InvoiceDocumentReference}: the invoice that a return invoice
 * returns or a credit note corrects.
 *
 * @param id the referenced invoice's number, not blank
 * @param issueDate the referenced invoice's issue date, or {@code null}
 * @param documentTypeCode the document type code as printed, or {@code null}
 */
public record BillingReference(String id, LocalDate issueDate, String documentTypeCode) {

    /**
     * Checks the number.
     *
     * @throws NullPointerException if {@code id} is {@code null}
     * @throws IllegalArgumentException if {@code id} is blank
     */
    public BillingReference {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("blank billing reference");
        }
    }
}
