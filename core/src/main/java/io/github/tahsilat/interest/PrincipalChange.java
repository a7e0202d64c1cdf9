package io.github.tahsilat.interest;

import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.input.InputChecks;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import javax.money.MonetaryAmount;

/**
 * A change of the overdue principal: from the end of {@code date} on, the principal is {@code
 * balance}. Interest for {@code date} itself is still charged on the balance before the change, so
 * a payment stops interest from the next day on.
 *
 * @param date the day the change takes effect at its end, such as a payment's value date
 * @param balance the overdue principal after the change, zero or more
 */
public record PrincipalChange(@NotNull LocalDate date, @NotNull MonetaryAmount balance) {

    /**
     * Checks that both fields are present and the balance is not negative.
     *
     * @throws InvalidInputException if an argument is {@code null} or {@code balance} is negative
     */
    public PrincipalChange {
        InputChecks.present(date, "date", "the date the principal changes");
        InputChecks.present(balance, "balance", "the principal after the change");
        if (balance.isNegative()) {
            throw new InvalidInputException("balance", balance, "an amount of zero or more");
        }
    }
}
