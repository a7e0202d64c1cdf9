package io.github.tahsilat.confirmation;

import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.input.InputChecks;
import io.github.tahsilat.internal.money.AmountChecks;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import javax.money.MonetaryAmount;

/**
 * One document on a balance confirmation, seen from the company's books: a positive amount raises
 * what the counterparty owes the company, as an invoice does, and a negative one lowers it, as a
 * payment or credit note does. The counterparty's lines use the same sign.
 *
 * @param reference the document number or bank reference both sides know, not blank
 * @param date the document's date
 * @param amount the signed amount, rounded to the minor unit
 */
public record ConfirmationLine(
        @NotBlank @Size(max = 200) String reference,
        @NotNull LocalDate date,
        @NotNull MonetaryAmount amount) {

    /**
     * Checks the components.
     *
     * @throws InvalidInputException if a component is missing, the reference is blank or too long,
     *     or the amount is not rounded to the minor unit
     */
    public ConfirmationLine {
        InputChecks.text(reference, "reference", 200);
        InputChecks.present(date, "date", "the document's date");
        AmountChecks.exact("amount", amount);
    }
}
