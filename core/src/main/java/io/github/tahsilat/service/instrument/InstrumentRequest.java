package io.github.tahsilat.service.instrument;

import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.instrument.InstrumentId;
import io.github.tahsilat.instrument.InstrumentKind;
import io.github.tahsilat.internal.input.InputChecks;
import io.github.tahsilat.internal.money.AmountChecks;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import javax.money.MonetaryAmount;

/**
 * A cheque or promissory note received from a customer. The id is the host's: receiving the same
 * request again returns the first result. Immutable and thread-safe.
 *
 * @param id the instrument's id, made by the host
 * @param companyId the company that receives it
 * @param counterpartyId the customer who gives it
 * @param kind cheque or promissory note
 * @param serialNumber the number printed on it, at most 100 characters
 * @param drawer the drawer and, for a cheque, the drawee bank, at most 200 characters
 * @param receivedOn the day it is received, the value date of the credit
 * @param maturity the day it falls due, on or after {@code receivedOn}; a post-dated cheque's date
 * @param amount the face amount, greater than zero and rounded to the minor unit
 */
public record InstrumentRequest(
        @NotNull InstrumentId id,
        @NotNull CompanyId companyId,
        @NotNull CounterpartyId counterpartyId,
        @NotNull InstrumentKind kind,
        @NotBlank @Size(max = 100) String serialNumber,
        @NotBlank @Size(max = 200) String drawer,
        @NotNull LocalDate receivedOn,
        @NotNull LocalDate maturity,
        @NotNull MonetaryAmount amount) {

    /**
     * Checks the components.
     *
     * @throws InvalidInputException if a component is missing or blank, a text is too long, the
     *     maturity is before the receipt date, or the amount is not greater than zero or not
     *     rounded to the minor unit
     */
    public InstrumentRequest {
        InputChecks.present(id, "id", "an instrument id");
        InputChecks.present(companyId, "companyId", "the company's id");
        InputChecks.present(counterpartyId, "counterpartyId", "the customer's id");
        InputChecks.present(kind, "kind", "CHEQUE or PROMISSORY_NOTE");
        InputChecks.text(serialNumber, "serialNumber", 100);
        InputChecks.text(drawer, "drawer", 200);
        InputChecks.present(receivedOn, "receivedOn", "the receipt date");
        InputChecks.present(maturity, "maturity", "the maturity date");
        if (maturity.isBefore(receivedOn)) {
            throw new InvalidInputException(
                    "maturity", maturity, "a date on or after the receipt date " + receivedOn);
        }
        AmountChecks.positive("amount", amount);
    }
}
