package io.github.tahsilat.einvoice;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/**
 * A UBL 2.1 Reminder as printed, read by {@link ReminderReader}: who reminds whom, of which
 * invoices, fees and interest, how much is payable, and how and by when to pay. Amounts keep the
 * precision and sign of the document, all in {@link #currency()}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the document id ({@code cbc:ID})
 * @param issueDate the issue date
 * @param sequenceNumber the {@code cbc:ReminderSequenceNumeric}, which {@link ReminderWriter} sets
 *     to the dunning level, or {@code null}
 * @param currency the document currency
 * @param supplier the {@code cac:AccountingSupplierParty}, the party that sends the reminder; its
 *     IBANs are the payee accounts of the payment means
 * @param customer the {@code cac:AccountingCustomerParty}, the party reminded
 * @param paymentMeans the payment means, possibly empty
 * @param payableAmount the {@code cac:LegalMonetaryTotal/cbc:PayableAmount} as printed
 * @param lines the lines, at least one
 */
public record Reminder(
        String id,
        LocalDate issueDate,
        Integer sequenceNumber,
        CurrencyUnit currency,
        Party supplier,
        Party customer,
        List<PaymentMeans> paymentMeans,
        MonetaryAmount payableAmount,
        List<ReminderLine> lines) {

    /**
     * Checks the required components and copies the lists.
     *
     * @throws NullPointerException if a component other than {@code sequenceNumber} is {@code null}
     * @throws IllegalArgumentException if there are no lines
     */
    public Reminder {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(issueDate, "issueDate");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(supplier, "supplier");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(payableAmount, "payableAmount");
        paymentMeans = List.copyOf(paymentMeans);
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a Reminder has at least one line");
        }
    }

    /** Returns the lines of {@code kind}, in document order. */
    public List<ReminderLine> lines(ReminderLineKind kind) {
        Objects.requireNonNull(kind, "kind");
        return lines.stream().filter(line -> line.kind() == kind).toList();
    }

    /**
     * Returns the sum of the line amounts, which in a consistent document equals {@link
     * #payableAmount()}.
     */
    public MonetaryAmount linesTotal() {
        MonetaryAmount total = Money.of(0, currency);
        for (ReminderLine line : lines) {
            total = total.add(line.amount());
        }
        return total;
    }

    /** Returns the first {@code cbc:PaymentDueDate} of the payment means, if any has one. */
    public Optional<LocalDate> payBy() {
        return paymentMeans.stream()
                .map(PaymentMeans::paymentDueDate)
                .filter(Objects::nonNull)
                .findFirst();
    }

    /** Returns the first {@code cbc:PaymentID} of the payment means, if any has one. */
    public Optional<String> paymentReference() {
        return paymentMeans.stream()
                .map(PaymentMeans::paymentId)
                .filter(Objects::nonNull)
                .findFirst();
    }
}
