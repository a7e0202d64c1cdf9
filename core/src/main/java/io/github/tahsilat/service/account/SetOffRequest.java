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
 * A request to set a receivable off (mahsup) against a payable of the same counterparty. The id is
 * the host's: sending the same request again returns the first result. Immutable and thread-safe.
 *
 * @param id the set-off's id, made by the host
 * @param companyId the company
 * @param counterpartyId the counterparty that is both customer and supplier
 * @param receivable the invoice the counterparty owes
 * @param payable the invoice the company owes
 * @param amount the amount set off on each, greater than zero and rounded to the minor unit
 * @param valueDate the day of the set-off
 * @param reason why, shown in the ledger, at most 500 characters
 */
public record SetOffRequest(
        @NotNull UUID id,
        @NotNull CompanyId companyId,
        @NotNull CounterpartyId counterpartyId,
        @NotNull InvoiceId receivable,
        @NotNull InvoiceId payable,
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
    public SetOffRequest {
        InputChecks.present(id, "id", "a set-off id");
        InputChecks.present(companyId, "companyId", "the company's id");
        InputChecks.present(counterpartyId, "counterpartyId", "the counterparty's id");
        InputChecks.present(receivable, "receivable", "the receivable invoice's id");
        InputChecks.present(payable, "payable", "the payable invoice's id");
        AmountChecks.positive("amount", amount);
        InputChecks.present(valueDate, "valueDate", "the value date");
        InputChecks.text(reason, "reason", 500);
    }
}
