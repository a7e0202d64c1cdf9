package io.github.tahsilat.fx;

import io.github.tahsilat.error.CurrencyMismatchException;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.fx.spi.FxRate;
import io.github.tahsilat.internal.input.InputChecks;
import io.github.tahsilat.internal.money.AmountChecks;
import io.github.tahsilat.internal.money.MinorAmount;
import io.github.tahsilat.invoice.InvoiceStateException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * The open part of an item in a foreign currency, with its carrying amount in the company's
 * functional currency.
 *
 * <p>The item is recognized at the rate of its date. A payment in the item's currency settles that
 * much of the item whatever the rate, releases the matching share of the carrying amount, and books
 * the difference between what the payment is worth at its rate and the share released as a realized
 * exchange difference. A revaluation measures only the open part at a new rate and books the change
 * of the carrying amount as an unrealized difference; a later payment then measures its realized
 * difference from the revalued carrying amount.
 *
 * <p>Invariant: the open amount and the carrying amount are zero or more, and the carrying amount
 * is zero exactly when the open amount is. Immutable and thread-safe.
 */
public final class ForeignCurrencyBalance {

    private final MinorAmount open;
    private final MinorAmount carrying;
    private final RoundingMode roundingMode;

    private ForeignCurrencyBalance(MinorAmount open, MinorAmount carrying, RoundingMode mode) {
        this.open = open;
        this.carrying = carrying;
        this.roundingMode = mode;
    }

    /**
     * Recognizes an item of {@code amount} at {@code rate}: the carrying amount is the amount times
     * the rate, rounded to the functional currency's minor unit with {@code roundingMode}.
     *
     * @throws InvalidInputException if an argument is missing, the amount is not greater than zero,
     *     or the rounding mode cannot round
     * @throws CurrencyMismatchException if the rate's base is not the amount's currency
     */
    public static ForeignCurrencyBalance recognize(
            MonetaryAmount amount, FxRate rate, RoundingMode roundingMode) {
        MinorAmount units = AmountChecks.positive("amount", amount);
        requireRate(rate, units.currency());
        InputChecks.present(roundingMode, "roundingMode", "HALF_UP or HALF_EVEN");
        if (roundingMode == RoundingMode.UNNECESSARY) {
            throw new InvalidInputException("roundingMode", roundingMode, "HALF_UP or HALF_EVEN");
        }
        return new ForeignCurrencyBalance(units, convert(units, rate, roundingMode), roundingMode);
    }

    /** Returns the open amount in the item's currency. */
    public MonetaryAmount open() {
        return open.toMonetaryAmount();
    }

    /** Returns the carrying amount of the open part in the functional currency. */
    public MonetaryAmount carrying() {
        return carrying.toMonetaryAmount();
    }

    /** Returns the item's currency. */
    public CurrencyUnit currency() {
        return open.currency();
    }

    /** Returns the functional currency of the carrying amount. */
    public CurrencyUnit functionalCurrency() {
        return carrying.currency();
    }

    /**
     * Settles {@code paid} of the item at {@code rate} on {@code date}.
     *
     * @throws InvalidInputException if an argument is missing or {@code paid} is not greater than
     *     zero
     * @throws CurrencyMismatchException if {@code paid} or the rate is in another currency
     * @throws InvoiceStateException if {@code paid} exceeds the open amount; keep the rest as
     *     credit
     */
    public FxSettlement settle(MonetaryAmount paid, FxRate rate, LocalDate date) {
        MinorAmount units = AmountChecks.positive("paid", paid);
        AmountChecks.inCurrency("settle", units, open.currency());
        requireRate(rate, open.currency());
        InputChecks.present(date, "date", "the payment's value date");
        if (units.compareTo(open) > 0) {
            throw new InvoiceStateException(
                    "payment of "
                            + units
                            + " exceeds the open "
                            + open
                            + "; settle at most the open amount and keep the rest as credit");
        }
        MinorAmount released =
                units.equals(open)
                        ? carrying
                        : carrying.times(
                                new BigDecimal(units.units())
                                        .divide(
                                                new BigDecimal(open.units()),
                                                MathContext.DECIMAL128),
                                roundingMode);
        MinorAmount worth = convert(units, rate, roundingMode);
        ForeignCurrencyBalance next =
                new ForeignCurrencyBalance(
                        open.minus(units), carrying.minus(released), roundingMode);
        ExchangeDifference difference =
                new ExchangeDifference(
                        ExchangeDifferenceKind.REALIZED,
                        date,
                        worth.minus(released).toMonetaryAmount(),
                        rate);
        return new FxSettlement(
                next, worth.toMonetaryAmount(), released.toMonetaryAmount(), difference);
    }

    /**
     * Revalues the open part at {@code rate} on {@code date}.
     *
     * @throws InvalidInputException if an argument is missing
     * @throws CurrencyMismatchException if the rate is for another pair
     */
    public FxRevaluation revalue(FxRate rate, LocalDate date) {
        requireRate(rate, open.currency());
        InputChecks.present(date, "date", "the revaluation date");
        MinorAmount revalued = convert(open, rate, roundingMode);
        ForeignCurrencyBalance next = new ForeignCurrencyBalance(open, revalued, roundingMode);
        ExchangeDifference difference =
                new ExchangeDifference(
                        ExchangeDifferenceKind.UNREALIZED,
                        date,
                        revalued.minus(carrying).toMonetaryAmount(),
                        rate);
        return new FxRevaluation(next, difference);
    }

    private static void requireRate(FxRate rate, CurrencyUnit itemCurrency) {
        InputChecks.present(rate, "rate", "an exchange rate");
        if (!rate.base().equals(itemCurrency)) {
            throw new CurrencyMismatchException(
                    "convert", itemCurrency.getCurrencyCode(), rate.base().getCurrencyCode());
        }
    }

    private static MinorAmount convert(MinorAmount amount, FxRate rate, RoundingMode mode) {
        BigDecimal value = amount.toBigDecimal().multiply(rate.factor());
        return MinorAmount.of(value, rate.term(), mode);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ForeignCurrencyBalance that
                && open.equals(that.open)
                && carrying.equals(that.carrying)
                && roundingMode == that.roundingMode;
    }

    @Override
    public int hashCode() {
        return Objects.hash(open, carrying, roundingMode);
    }

    /** Returns the open and carrying amounts, for logs. */
    @Override
    public String toString() {
        return "ForeignCurrencyBalance[open=" + open + ", carrying=" + carrying + "]";
    }
}
