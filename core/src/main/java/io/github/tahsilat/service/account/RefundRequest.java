package io.github.tahsilat.service.account;

import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.internal.input.InputChecks;
import io.github.tahsilat.internal.money.AmountChecks;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import javax.money.MonetaryAmount;

/**
 * A request to pay part or all of a customer's unapplied credit back. The id is the host's: sending
 * the same request again returns the first result. Immutable and thread-safe.
 *
 * @param id the refund's id, made by the host
 * @param companyId the company that pays
 * @param counterpartyId the customer whose credit is paid back
 * @param valueDate the day the money leaves
 * @param amount the amount paid back, greater than zero and rounded to the minor unit
 * @param reason why, shown in the ledger, at most 500 characters
 */
public record RefundRequest(
        @NotNull UUID id,
        @NotNull CompanyId companyId,
        @NotNull CounterpartyId counterpartyId,
        @NotNull LocalDate valueDate,
        @NotNull MonetaryAmount amount,
        @NotBlank @Size(max = 500) String reason) {

    /**
     * Checks the components.
     *
     * @throws io.github.tahsilat.error.InvalidInputException if a component is missing, the amount
     *     is not greater than zero or not rounded to the minor unit, or the reason is blank or too
     *     long
     */
    public RefundRequest {
        InputChecks.present(id, "id", "a refund id");
        InputChecks.present(companyId, "companyId", "the company's id");
        InputChecks.present(counterpartyId, "counterpartyId", "the customer's id");
        InputChecks.present(valueDate, "valueDate", "the value date");
        AmountChecks.positive("amount", amount);
        InputChecks.text(reason, "reason", 500);
    }
}
