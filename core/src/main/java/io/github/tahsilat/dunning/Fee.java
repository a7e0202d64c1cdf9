package io.github.tahsilat.dunning;

import java.math.RoundingMode;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * A dunning fee: a {@link FixedFee fixed amount}, or a {@link PercentageFee percentage} of the
 * overdue amount with an optional minimum and maximum. Immutable and thread-safe.
 */
public sealed interface Fee permits FixedFee, PercentageFee {

    /** Returns whether the fee is charged per notice or per item. */
    FeeBasis basis();

    /**
     * Returns the currency the fee is defined in, or empty for a percentage without bounds, which
     * applies to any currency.
     */
    Optional<CurrencyUnit> currency();

    /**
     * Computes the fee for an overdue amount, rounded to the currency's minor unit.
     *
     * @param base the overdue amount the fee is for: the notice's items total for {@link
     *     FeeBasis#PER_NOTICE}, one item's outstanding amount for {@link FeeBasis#PER_ITEM}
     * @param mode the company's rounding mode
     * @throws io.github.tahsilat.error.CurrencyMismatchException if the fee has a currency and
     *     {@code base} is in another one
     */
    MonetaryAmount amountFor(MonetaryAmount base, RoundingMode mode);
}
