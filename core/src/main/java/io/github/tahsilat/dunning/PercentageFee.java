package io.github.tahsilat.dunning;

import io.github.tahsilat.error.CurrencyMismatchException;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.input.InputChecks;
import io.github.tahsilat.internal.money.MinorAmount;
import io.github.tahsilat.internal.number.Decimals;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * A fee of a percentage of the overdue amount, raised to a minimum and capped at a maximum when
 * they are set. Both bounds, when present, are in one currency, and the minimum is not above the
 * maximum.
 *
 * @param percent the percentage, greater than zero, for example {@code 1.5}; kept without trailing
 *     zeros
 * @param minimum the smallest fee, or empty for none
 * @param maximum the largest fee, or empty for none
 * @param basis whether the fee is charged per notice or per item
 */
public record PercentageFee(
        @NotNull BigDecimal percent,
        @NotNull Optional<MonetaryAmount> minimum,
        @NotNull Optional<MonetaryAmount> maximum,
        @NotNull FeeBasis basis)
        implements Fee {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * Checks the fields.
     *
     * @throws InvalidInputException if an argument is {@code null}, {@code percent} is not
     *     positive, a bound is negative or has more decimals than its currency, or the minimum is
     *     above the maximum
     * @throws CurrencyMismatchException if the bounds are in two currencies
     */
    public PercentageFee {
        InputChecks.present(percent, "percent", "a percentage greater than zero");
        InputChecks.present(minimum, "minimum", "a minimum fee or Optional.empty()");
        InputChecks.present(maximum, "maximum", "a maximum fee or Optional.empty()");
        InputChecks.present(basis, "basis", "PER_NOTICE or PER_ITEM");
        if (percent.signum() <= 0) {
            throw new InvalidInputException("percent", percent, "a percentage greater than zero");
        }
        percent = Decimals.canonical(percent);
        minimum = minimum.map(PercentageFee::exact);
        maximum = maximum.map(PercentageFee::exact);
        if (minimum.isPresent() && maximum.isPresent()) {
            MinorAmount low = MinorAmount.of(minimum.get(), RoundingMode.UNNECESSARY);
            MinorAmount high = MinorAmount.of(maximum.get(), RoundingMode.UNNECESSARY);
            if (low.compareTo(high) > 0) {
                throw new InvalidInputException(
                        "minimum", low, "an amount at most the maximum " + high);
            }
        }
    }

    private static MonetaryAmount exact(MonetaryAmount bound) {
        MinorAmount amount = MinorAmount.of(bound, RoundingMode.UNNECESSARY);
        if (amount.isNegative()) {
            throw new InvalidInputException("bound", amount, "an amount of zero or more");
        }
        return amount.toMonetaryAmount();
    }

    @Override
    public Optional<CurrencyUnit> currency() {
        return minimum.or(() -> maximum).map(MonetaryAmount::getCurrency);
    }

    /**
     * Returns {@code base × percent / 100} rounded with {@code mode}, then raised to the minimum
     * and capped at the maximum.
     *
     * @throws CurrencyMismatchException if a bound is set and {@code base} is in another currency
     */
    @Override
    public MonetaryAmount amountFor(MonetaryAmount base, RoundingMode mode) {
        MinorAmount amount = MinorAmount.of(base, mode).times(percent.divide(HUNDRED), mode);
        if (minimum.isPresent()) {
            amount = amount.max(MinorAmount.of(minimum.get(), RoundingMode.UNNECESSARY));
        }
        if (maximum.isPresent()) {
            amount = amount.min(MinorAmount.of(maximum.get(), RoundingMode.UNNECESSARY));
        }
        return amount.toMonetaryAmount();
    }
}
