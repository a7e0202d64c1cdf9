package io.github.tahsilat.einvoice;

import java.time.LocalDate;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * One {@code cac:ReminderLine} of a Reminder as printed.
 *
 * <p>{@link ReminderWriter} writes an item with its due date as {@code startDate} and no {@code
 * endDate}; late interest with the day before the first day charged as {@code startDate} and the
 * last day charged as {@code endDate}; and a fee without dates. Immutable and thread-safe.
 *
 * @param id the line id ({@code cbc:ID}), not blank
 * @param kind what the line charges, from its {@code cbc:PaymentPurposeCode}
 * @param invoiceNumber the number of the invoice the line refers to ({@code
 *     cac:BillingReference/cac:InvoiceDocumentReference/cbc:ID}), or {@code null} for a fee on the
 *     whole notice
 * @param startDate the {@code cac:ReminderPeriod/cbc:StartDate}, or {@code null}
 * @param endDate the {@code cac:ReminderPeriod/cbc:EndDate}, or {@code null}
 * @param amount the {@code cbc:DebitLineAmount}, or the {@code cbc:CreditLineAmount} negated, with
 *     the precision printed
 */
public record ReminderLine(
        String id,
        ReminderLineKind kind,
        String invoiceNumber,
        LocalDate startDate,
        LocalDate endDate,
        MonetaryAmount amount) {

    /**
     * Checks the required components.
     *
     * @throws NullPointerException if {@code id}, {@code kind} or {@code amount} is {@code null}
     * @throws IllegalArgumentException if {@code id} is blank
     */
    public ReminderLine {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(amount, "amount");
        if (id.isBlank()) {
            throw new IllegalArgumentException("id must not be blank");
        }
    }
}
