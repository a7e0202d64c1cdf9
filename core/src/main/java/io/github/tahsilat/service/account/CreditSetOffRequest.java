package io.github.tahsilat.service.account;

import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.internal.input.InputChecks;
import io.github.tahsilat.internal.money.AmountChecks;
import io.github.tahsilat.invoice.InvoiceId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import javax.money.MonetaryAmount;

/**
 * A request to set a receivable off (mahsup) against the customer's unapplied credit, from their
 * payments or from their credit notes and return invoices. The id is the host's: sending the same
 * request again returns the first result. Immutable and thread-safe.
 *
 * @param id the set-off's id, made by the host
 * @param companyId the company
 * @param counterpartyId the customer
 * @param receivable the invoice the customer owes
 * @param amount the amount set off, greater than zero and rounded to the minor unit
 * @param valueDate the day of the set-off
 * @param reason why, shown in the ledger, at most 500 characters
 */
public record CreditSetOffRequest(
        @NotNull UUID id,
        @NotNull CompanyId companyId,
        @NotNull CounterpartyId counterpartyId,
        @NotNull InvoiceId receivable,
        @NotNull MonetaryAmount amount,
        @NotNull LocalDate valueDate,
        @NotBlank @Size(max = 500) String reason) {

    /**
     * Checks the components.
     *
     * @throws io.github.tahsilat.error.InvalidInputException if a component is missing, the amount
     *     is not greater than zero or not rounded to the minor unit, or the reason is blank or too
     *     long
     */
    public CreditSetOffRequest {
        InputChecks.present(id, "id", "a set-off id");
        InputChecks.present(companyId, "companyId", "the company's id");
        InputChecks.present(counterpartyId, "counterpartyId", "the customer's id");
        InputChecks.present(receivable, "receivable", "the receivable invoice's id");
        AmountChecks.positive("amount", amount);
        InputChecks.present(valueDate, "valueDate", "the value date");
        InputChecks.text(reason, "reason", 500);
    }
}
