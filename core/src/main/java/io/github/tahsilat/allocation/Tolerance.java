package io.github.tahsilat.allocation;

import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.money.AmountChecks;
import jakarta.validation.constraints.NotNull;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * A small difference between a payment and the items it settles that is closed without asking
 * anyone, for payments in {@code limit}'s currency.
 *
 * <p>A shortfall is what stays open on the last item the money reaches. An excess is what is left
 * after every item the payment may settle. A difference of at most {@code limit} is a shortfall
 * written off when {@code writeOffShortfall} is set, and an excess written off when {@code
 * writeOffExcess} is set; otherwise the shortfall stays open and the excess becomes unapplied
 * credit. A larger difference is never touched.
 *
 * @param limit the largest difference closed, zero or more, in the minor unit of its currency
 * @param writeOffShortfall whether a shortfall within the limit is written off
 * @param writeOffExcess whether an excess within the limit is written off instead of kept as credit
 */
public record Tolerance(
        @NotNull MonetaryAmount limit, boolean writeOffShortfall, boolean writeOffExcess) {

    /**
     * Checks the limit.
     *
     * @throws InvalidInputException if {@code limit} is missing, negative or not rounded to the
     *     minor unit
     */
    public Tolerance {
        AmountChecks.nonNegative("limit", limit);
    }

    /**
     * Returns the default tolerance of {@code limit}: a shortfall is written off, an excess kept as
     * credit.
     *
     * @throws InvalidInputException if {@code limit} is missing, negative or not rounded to the
     *     minor unit
     */
    public static Tolerance of(MonetaryAmount limit) {
        return new Tolerance(limit, true, false);
    }

    /** Returns a copy that also writes off an excess within the limit. */
    public Tolerance writingOffSmallExcess() {
        return new Tolerance(limit, writeOffShortfall, true);
    }

    /** Returns the currency of the payments this tolerance applies to. */
    public CurrencyUnit currency() {
        return limit.getCurrency();
    }
}
