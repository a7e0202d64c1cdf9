package io.github.tahsilat.dunning;

import io.github.tahsilat.error.CurrencyMismatchException;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.input.InputChecks;
import io.github.tahsilat.internal.money.MinorAmount;
import jakarta.validation.constraints.NotNull;
import java.math.RoundingMode;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * A fee of a fixed amount.
 *
 * @param amount the fee, greater than zero and with no more decimals than its currency
 * @param basis whether the fee is charged per notice or per item
 */
public record FixedFee(@NotNull MonetaryAmount amount, @NotNull FeeBasis basis) implements Fee {

    /**
     * Checks the fields.
     *
     * @throws InvalidInputException if an argument is {@code null}, or {@code amount} is not
     *     positive or has more decimals than its currency
     */
    public FixedFee {
        InputChecks.present(amount, "amount", "a fee amount");
        InputChecks.present(basis, "basis", "PER_NOTICE or PER_ITEM");
        amount = MinorAmount.of(amount, RoundingMode.UNNECESSARY).toMonetaryAmount();
        if (!amount.isPositive()) {
            throw new InvalidInputException("amount", amount, "a fee greater than zero");
        }
    }

    @Override
    public Optional<CurrencyUnit> currency() {
        return Optional.of(amount.getCurrency());
    }

    /**
     * Returns the fixed amount, whatever {@code base} is.
     *
     * @throws CurrencyMismatchException if {@code base} is in another currency than the fee
     */
    @Override
    public MonetaryAmount amountFor(MonetaryAmount base, RoundingMode mode) {
        if (!base.getCurrency().equals(amount.getCurrency())) {
            throw new CurrencyMismatchException(
                    "charge a fee on",
                    amount.getCurrency().getCurrencyCode(),
                    base.getCurrency().getCurrencyCode());
        }
        return amount;
    }
}
