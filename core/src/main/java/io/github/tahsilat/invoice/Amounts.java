package io.github.tahsilat.invoice;

import io.github.tahsilat.error.CurrencyMismatchException;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.money.MinorAmount;
import java.math.BigDecimal;
import java.math.RoundingMode;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;

/** Checks and converts the amounts that enter this package through the public API. */
final class Amounts {

    private Amounts() {}

    /**
     * Checks that {@code currency} is a known ISO 4217 currency with a minor unit.
     *
     * @throws InvalidInputException if it is missing, unknown, or has no minor unit (such as XAU)
     */
    static CurrencyUnit knownCurrency(String field, CurrencyUnit currency) {
        if (currency == null) {
            throw new InvalidInputException(field, null, "an ISO 4217 currency such as TRY");
        }
        String code = currency.getCurrencyCode();
        if (!Monetary.isCurrencyAvailable(code) || currency.getDefaultFractionDigits() < 0) {
            throw new InvalidInputException(
                    field, code, "an ISO 4217 currency with a minor unit, such as TRY or JPY");
        }
        return currency;
    }

    /**
     * Parses an ISO 4217 code.
     *
     * @throws InvalidInputException if the code is missing or unknown
     */
    static CurrencyUnit knownCurrency(String field, String code) {
        if (code == null) {
            throw new InvalidInputException(field, null, "an ISO 4217 currency code such as TRY");
        }
        if (!Monetary.isCurrencyAvailable(code)) {
            throw new InvalidInputException(
                    field, code, "an ISO 4217 currency code such as TRY, in capital letters");
        }
        return knownCurrency(field, Monetary.getCurrency(code));
    }

    /**
     * Converts an amount given in a document's currency to exact minor units.
     *
     * @throws InvalidInputException if the amount is missing, in another currency, negative, or has
     *     more decimals than the currency's minor unit
     */
    static MinorAmount documentAmount(String field, MonetaryAmount amount, CurrencyUnit currency) {
        if (amount == null) {
            throw new InvalidInputException(
                    field, null, "an amount in " + currency.getCurrencyCode());
        }
        if (!amount.getCurrency().equals(currency)) {
            throw new InvalidInputException(
                    field,
                    amount,
                    "an amount in " + currency.getCurrencyCode() + ", the document currency");
        }
        return exact(field, amount);
    }

    /**
     * Converts an amount applied to an item to exact minor units.
     *
     * @throws InvalidInputException if the amount is missing, not greater than zero, or has more
     *     decimals than the currency's minor unit
     * @throws CurrencyMismatchException if the amount is not in {@code currency}
     */
    static MinorAmount appliedAmount(String field, MonetaryAmount amount, CurrencyUnit currency) {
        if (amount == null) {
            throw new InvalidInputException(
                    field, null, "an amount in " + currency.getCurrencyCode());
        }
        if (!amount.getCurrency().equals(currency)) {
            throw new CurrencyMismatchException(
                    "apply", currency.getCurrencyCode(), amount.getCurrency().getCurrencyCode());
        }
        MinorAmount exact = exact(field, amount);
        if (!exact.isPositive()) {
            throw new InvalidInputException(field, amount, "an amount greater than zero");
        }
        return exact;
    }

    private static MinorAmount exact(String field, MonetaryAmount amount) {
        if (amount.isNegative()) {
            throw new InvalidInputException(field, amount, "an amount of zero or more");
        }
        BigDecimal value = amount.getNumber().numberValue(BigDecimal.class);
        int digits = MinorAmount.fractionDigits(amount.getCurrency());
        if (value.stripTrailingZeros().scale() > digits) {
            throw new InvalidInputException(
                    field,
                    amount,
                    "an amount rounded to the minor unit, at most "
                            + digits
                            + " decimals for "
                            + amount.getCurrency().getCurrencyCode());
        }
        try {
            return MinorAmount.of(value, amount.getCurrency(), RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new InvalidInputException(
                    field, amount, "an amount that fits in a long count of minor units");
        }
    }
}
