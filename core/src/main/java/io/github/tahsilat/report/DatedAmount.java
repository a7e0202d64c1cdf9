package io.github.tahsilat.report;

import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.input.InputChecks;
import java.time.LocalDate;
import javax.money.MonetaryAmount;

/**
 * An amount falling due on a date: an item's open amount and due date, or an instrument's face
 * amount and maturity.
 *
 * @param date the due date or maturity
 * @param amount the amount, greater than zero
 */
public record DatedAmount(LocalDate date, MonetaryAmount amount) {

    /**
     * Checks both components.
     *
     * @throws InvalidInputException if a component is missing or the amount is not greater than
     *     zero
     */
    public DatedAmount {
        InputChecks.present(date, "date", "a date");
        InputChecks.present(amount, "amount", "an amount");
        if (!amount.isPositive()) {
            throw new InvalidInputException("amount", amount, "an amount greater than zero");
        }
    }
}
