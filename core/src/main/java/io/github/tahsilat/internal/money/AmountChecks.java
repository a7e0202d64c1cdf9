package io.github.tahsilat.internal.money;

import io.github.tahsilat.error.CurrencyMismatchException;
import io.github.tahsilat.error.InvalidInputException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/**
 * Checks amounts that enter the domain through the public API and converts them to exact minor
 * units. Every failure is an {@link InvalidInputException} or a {@link CurrencyMismatchException}
 * whose message names the field. Stateless and thread-safe.
 */
public final class AmountChecks {

    private AmountChecks() {}

    /**
     * Converts an amount that must be greater than zero.
     *
     * @throws InvalidInputException if {@code amount} is missing, not greater than zero, in an
     *     unknown currency, or has more decimals than its currency's minor unit
     */
    public static MinorAmount positive(String field, MonetaryAmount amount) {
        MinorAmount exact = exact(field, amount);
        if (!exact.isPositive()) {
            throw new InvalidInputException(field, amount, "an amount greater than zero");
        }
        return exact;
    }

    /**
     * Converts an amount that must be greater than zero to minor units of its own currency, with
     * the checks and exceptions of {@link #positive}, without building a {@link MinorAmount}.
     *
     * <p>A Moneta {@link Money} in a known currency that converts without rounding takes a short
     * path that the JIT can inline into the caller. Every other amount, and every amount that is
     * rejected, goes through {@link #positive}.
     *
     * @throws InvalidInputException if {@code amount} is missing, not greater than zero, in an
     *     unknown currency, or has more decimals than its currency's minor unit
     */
    public static long positiveUnits(String field, MonetaryAmount amount) {
        if (amount instanceof Money money) {
            CurrencyUnit currency = money.getCurrency();
            int digits = currency.getDefaultFractionDigits();
            if (digits >= 0 && MoneyCache.isCurrencyAvailable(currency.getCurrencyCode())) {
                long units = MinorAmount.exactUnits(money.getNumberStripped(), digits);
                // NOT_EXACT is negative, so this also sends it to the general path.
                if (units > 0) {
                    return units;
                }
            }
        }
        return positive(field, amount).units();
    }

    /**
     * Converts an amount that must be zero or more.
     *
     * @throws InvalidInputException if {@code amount} is missing, negative, in an unknown currency,
     *     or has more decimals than its currency's minor unit
     */
    public static MinorAmount nonNegative(String field, MonetaryAmount amount) {
        MinorAmount exact = exact(field, amount);
        if (exact.isNegative()) {
            throw new InvalidInputException(field, amount, "an amount of zero or more");
        }
        return exact;
    }

    /**
     * Converts an amount of any sign.
     *
     * @throws InvalidInputException if {@code amount} is missing, in an unknown currency, or has
     *     more decimals than its currency's minor unit
     */
    public static MinorAmount exact(String field, MonetaryAmount amount) {
        if (amount == null) {
            throw new InvalidInputException(field, null, "an amount such as 100.00 EUR");
        }
        CurrencyUnit currency = amount.getCurrency();
        if (!MoneyCache.isCurrencyAvailable(currency.getCurrencyCode())
                || currency.getDefaultFractionDigits() < 0) {
            throw new InvalidInputException(
                    field, amount, "an amount in an ISO 4217 currency with a minor unit");
        }
        BigDecimal value = MinorAmount.decimal(amount);
        int digits = MinorAmount.fractionDigits(currency);
        long exactUnits = MinorAmount.exactUnits(value, digits);
        if (exactUnits != MinorAmount.NOT_EXACT) {
            return new MinorAmount(exactUnits, currency);
        }
        if (value.stripTrailingZeros().scale() > digits) {
            throw new InvalidInputException(
                    field,
                    amount,
                    "an amount rounded to the minor unit, at most "
                            + digits
                            + " decimals for "
                            + currency.getCurrencyCode());
        }
        try {
            return MinorAmount.of(value, currency, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new InvalidInputException(
                    field, amount, "an amount that fits in a long count of minor units");
        }
    }

    /**
     * Throws unless {@code amount} is in {@code currency}.
     *
     * @param operation the verb for the message, for example {@code "allocate"}
     * @throws CurrencyMismatchException if the currencies differ
     */
    public static MinorAmount inCurrency(
            String operation, MinorAmount amount, CurrencyUnit currency) {
        if (!amount.currency().equals(currency)) {
            throw new CurrencyMismatchException(
                    operation, currency.getCurrencyCode(), amount.currencyCode());
        }
        return amount;
    }
}
