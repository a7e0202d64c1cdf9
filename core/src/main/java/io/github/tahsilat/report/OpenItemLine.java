package io.github.tahsilat.report;

import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.input.InputChecks;
import io.github.tahsilat.invoice.InvoiceId;
import java.time.LocalDate;
import javax.money.MonetaryAmount;

/**
 * The open amount of one installment, fee or interest charge of an invoice on a date. Amounts
 * settled by instruments not yet cleared count as open. Immutable and thread-safe.
 *
 * @param invoiceId the invoice
 * @param number the invoice number
 * @param installment the installment's 1-based number, 0 for a fee or interest charge
 * @param issueDate the invoice's issue date
 * @param dueDate the installment's due date, or the charge's value date
 * @param open the amount open, greater than zero
 * @param daysPastDue calendar days from the due date to the as-of date, negative before it
 */
public record OpenItemLine(
        InvoiceId invoiceId,
        String number,
        int installment,
        LocalDate issueDate,
        LocalDate dueDate,
        MonetaryAmount open,
        long daysPastDue) {

    /**
     * Checks the components.
     *
     * @throws InvalidInputException if a component is missing, the installment is negative or the
     *     open amount is not greater than zero
     */
    public OpenItemLine {
        InputChecks.present(invoiceId, "invoiceId", "the invoice's id");
        InputChecks.present(number, "number", "the invoice number");
        if (installment < 0) {
            throw new InvalidInputException("installment", installment, "0 or more");
        }
        InputChecks.present(issueDate, "issueDate", "the issue date");
        InputChecks.present(dueDate, "dueDate", "the due date");
        InputChecks.present(open, "open", "the open amount");
        if (!open.isPositive()) {
            throw new InvalidInputException("open", open, "an amount greater than zero");
        }
    }
}
