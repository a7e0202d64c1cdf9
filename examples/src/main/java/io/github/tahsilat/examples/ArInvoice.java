package io.github.tahsilat.examples;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One row of an accounts-receivable file in the IBM sample layout: an invoice in US dollars that
 * was settled in full on {@code settledDate}. Immutable and thread-safe.
 *
 * @param customerId the customer's id as in the file, not blank
 * @param invoiceNumber the invoice number, not blank
 * @param invoiceDate the day the invoice was issued
 * @param dueDate the due date as in the file, which may fall on any day of the week
 * @param amount the invoice amount in USD, greater than zero, at scale 2
 * @param disputed whether the customer disputed the invoice
 * @param settledDate the day the whole amount was paid, on or after {@code invoiceDate}
 */
public record ArInvoice(
        String customerId,
        String invoiceNumber,
        LocalDate invoiceDate,
        LocalDate dueDate,
        BigDecimal amount,
        boolean disputed,
        LocalDate settledDate) {

    /**
     * Checks the fields.
     *
     * @throws NullPointerException if an argument is {@code null}
     * @throws IllegalArgumentException if an id is blank, {@code amount} is not positive or not at
     *     scale 2, or {@code settledDate} is before {@code invoiceDate}
     */
    public ArInvoice {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(invoiceNumber, "invoiceNumber");
        Objects.requireNonNull(invoiceDate, "invoiceDate");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(settledDate, "settledDate");
        if (customerId.isBlank() || invoiceNumber.isBlank()) {
            throw new IllegalArgumentException(
                    "blank customerId or invoiceNumber; expected values that are not blank");
        }
        if (amount.signum() <= 0 || amount.scale() != 2) {
            throw new IllegalArgumentException(
                    "invalid amount " + amount + "; expected a positive amount at scale 2");
        }
        if (settledDate.isBefore(invoiceDate)) {
            throw new IllegalArgumentException(
                    "invalid settledDate "
                            + settledDate
                            + "; expected a date on or after the invoice date "
                            + invoiceDate);
        }
    }

    /** Returns whether the invoice was settled after its due date. */
    public boolean settledLate() {
        return settledDate.isAfter(dueDate);
    }
}
