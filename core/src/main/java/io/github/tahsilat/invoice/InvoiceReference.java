package io.github.tahsilat.invoice;

import io.github.tahsilat.error.InvalidInputException;
import jakarta.validation.constraints.AssertTrue;
import java.util.Optional;

/**
 * The invoice a credit document refers to, by id, by number, or both. A return invoice from a
 * counterparty usually carries only the number printed on our invoice.
 *
 * @param invoiceId the invoice's id, or {@code null} when only the number is known
 * @param invoiceNumber the invoice's number, not blank, or {@code null} when only the id is known
 */
public record InvoiceReference(InvoiceId invoiceId, String invoiceNumber) {

    /**
     * Checks that at least one of the two is present and the number is not blank.
     *
     * @throws InvalidInputException if both are missing or the number is blank
     */
    public InvoiceReference {
        if (invoiceNumber != null && invoiceNumber.isBlank()) {
            throw new InvalidInputException(
                    "reference.invoiceNumber", invoiceNumber, "a number that is not blank");
        }
        if (invoiceId == null && invoiceNumber == null) {
            throw new InvalidInputException(
                    "reference", null, "the id or the number of the invoice, or both");
        }
    }

    /** Returns a reference by id. */
    public static InvoiceReference to(InvoiceId invoiceId) {
        return new InvoiceReference(invoiceId, null);
    }

    /** Returns a reference by number, as printed on the invoice. */
    public static InvoiceReference toNumber(String invoiceNumber) {
        return new InvoiceReference(null, invoiceNumber);
    }

    /** Returns a reference to {@code invoice} by both its id and its number. */
    public static InvoiceReference to(Invoice invoice) {
        return new InvoiceReference(invoice.id(), invoice.number());
    }

    /** Returns the referenced id, if known. */
    public Optional<InvoiceId> id() {
        return Optional.ofNullable(invoiceId);
    }

    /** Returns the referenced number, if known. */
    public Optional<String> number() {
        return Optional.ofNullable(invoiceNumber);
    }

    /**
     * Returns {@code true} if {@code invoice} matches every part of this reference that is present.
     */
    public boolean matches(Invoice invoice) {
        boolean idMatches = invoiceId == null || invoiceId.equals(invoice.id());
        boolean numberMatches = invoiceNumber == null || invoiceNumber.equals(invoice.number());
        return idMatches && numberMatches;
    }

    /** Checks for Bean Validation that the id or the number is present. */
    @AssertTrue(message = "the id or the number of the invoice must be present")
    boolean isIdOrNumberPresent() {
        return invoiceId != null || invoiceNumber != null;
    }
}
