package io.github.tahsilat.internal.money;

import io.github.tahsilat.error.CurrencyMismatchException;
import io.github.tahsilat.error.InvalidInputException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/**
 * An exact amount of money as a count of its currency's minor units, for example 1,239.70 TRY as
 * {@code 123970} kuruş.
 *
 * <p>This is the one amount representation inside the domain: adding two longs is far cheaper than
 * adding two Moneta {@code Money} values, and an amount that is stored or shown is always a whole
 * number of minor units anyway. {@link javax.money.MonetaryAmount} is what the public API takes and
 * returns; {@link #of(MonetaryAmount, RoundingMode)} and {@link #toMonetaryAmount()} convert at
 * that edge. Arithmetic is exact and throws {@link ArithmeticException} on long overflow rather
 * than wrapping.
 *
 * @param units the amount in minor units; negative for a credit
 * @param currency the currency, whose default fraction digits fix the scale
 */
public record MinorAmount(long units, CurrencyUnit currency) implements Comparable<MinorAmount> {

    private static final BigInteger MAX_UNITS = BigInteger.valueOf(Long.MAX_VALUE);

    /** The number of digits of Long.MAX_VALUE: a longer integer part is out of range at once. */
    private static final int MAX_LONG_DIGITS = 19;

    /**
     * The maximum number of decimal digits that always fit in a long: 10^18 - 1 does, 10^19 - 1
     * not.
     */
    private static final int MAX_EXACT_DIGITS = 18;

    /** The powers of ten from 10^0 to 10^18. */
    private static final long[] POWERS_OF_TEN = powersOfTen();

    /** Runs of 0 to {@code MAX_EXACT_DIGITS - 1} zeros, which pad a fraction to its scale. */
    private static final String[] ZEROS = zeros();

    /**
     * The result of {@link #exactUnits} for a value that the long shortcut cannot convert. It is
     * {@code Long.MIN_VALUE}, which no converted amount has because every amount can be negated.
     */
    static final long NOT_EXACT = Long.MIN_VALUE;

    /** The maximum length of a number that messages write in plain form, not E notation. */
    private static final int MAX_PLAIN_LENGTH = 64;

    /** Checks that the currency is present. */
    public MinorAmount {
        Objects.requireNonNull(currency, "currency");
    }

    private static String[] zeros() {
        String[] zeros = new String[MAX_EXACT_DIGITS];
        for (int count = 0; count < zeros.length; count++) {
            zeros[count] = "0".repeat(count);
        }
        return zeros;
    }

    private static long[] powersOfTen() {
        long[] powers = new long[MAX_EXACT_DIGITS + 1];
        powers[0] = 1;
        for (int i = 1; i < powers.length; i++) {
            powers[i] = powers[i - 1] * 10;
        }
        return powers;
    }

    /** Returns zero in the given currency. */
    public static MinorAmount zero(CurrencyUnit currency) {
        return new MinorAmount(0, currency);
    }

    /**
     * Converts a public amount to minor units, rounding any extra fraction with {@code mode}.
     *
     * @throws InvalidInputException if {@code mode} is {@link RoundingMode#UNNECESSARY} and the
     *     amount has more decimals than its currency, or if the rounded number of minor units lies
     *     outside {@code -Long.MAX_VALUE} to {@code Long.MAX_VALUE}
     */
    public static MinorAmount of(MonetaryAmount amount, RoundingMode mode) {
        Objects.requireNonNull(amount, "amount");
        return of(decimal(amount), amount.getCurrency(), mode);
    }

    /**
     * Returns the number of {@code amount} in major units. For a Moneta {@link Money} this reads
     * the number directly, which skips Moneta's look-up of a converter for every call.
     */
    static BigDecimal decimal(MonetaryAmount amount) {
        if (amount instanceof Money money) {
            return money.getNumberStripped();
        }
        return amount.getNumber().numberValue(BigDecimal.class);
    }

    /**
     * Converts a decimal number of major units to minor units, rounding with {@code mode}.
     *
     * @throws InvalidInputException if {@code mode} is {@link RoundingMode#UNNECESSARY} and {@code
     *     value} has more decimals than the currency, or if the rounded number of minor units lies
     *     outside {@code -Long.MAX_VALUE} to {@code Long.MAX_VALUE}
     */
    public static MinorAmount of(BigDecimal value, CurrencyUnit currency, RoundingMode mode) {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(mode, "mode");
        int digits = fractionDigits(currency);
        long exactUnits = exactUnits(value, digits);
        if (exactUnits != NOT_EXACT) {
            return new MinorAmount(exactUnits, currency);
        }
        // Digits before the decimal point; negative for 0.001 (-2) and 1E-99999999 (-99999998).
        int integerDigits = value.precision() - value.scale();
        if (integerDigits > MAX_LONG_DIGITS) {
            throw outOfRange(value, currency, digits);
        }
        BigDecimal rounded = value;
        if (value.signum() != 0 && integerDigits < -(digits + 1)) {
            // Below a hundredth of the minor unit every mode rounds alike, so a stand-in of
            // the same sign saves setScale from computing a power of ten as long as the scale.
            rounded = BigDecimal.valueOf(value.signum(), digits + 2);
        }
        BigDecimal scaled;
        try {
            scaled = rounded.setScale(digits, mode);
        } catch (ArithmeticException e) {
            throw new InvalidInputException(
                    "amount",
                    shown(value) + " " + currency.getCurrencyCode(),
                    "at most " + digits + " decimals for " + currency.getCurrencyCode());
        }
        BigInteger units = scaled.unscaledValue();
        if (units.abs().compareTo(MAX_UNITS) > 0) {
            // Long.MIN_VALUE is left out too, so that every converted amount can be negated.
            throw outOfRange(value, currency, digits);
        }
        return new MinorAmount(units.longValueExact(), currency);
    }

    /**
     * Returns {@code value} in minor units of a currency with {@code digits} decimals, or {@link
     * #NOT_EXACT} when the value needs rounding, does not fit, or is too long for this shortcut.
     *
     * <p>This is the fast path of every conversion at the API edge: a Moneta {@code Money} or
     * {@code FastMoney} amount of up to 18 significant digits and a scale from -18 to 18 converts
     * with long arithmetic. Every other value takes the general {@link BigDecimal} path, which also
     * builds the error messages.
     */
    static long exactUnits(BigDecimal value, int digits) {
        int scale = value.scale();
        if (Math.abs(scale) > MAX_EXACT_DIGITS || value.precision() > MAX_EXACT_DIGITS) {
            return NOT_EXACT;
        }
        // The unscaled value: with scale 0 and at most 18 digits, longValue() is exact. Moneta
        // strips trailing zeros, so 20.00 EUR arrives as 2E+1, whose scale is -1.
        long unscaled = value.scaleByPowerOfTen(scale).longValue();
        if (scale >= digits) {
            long divisor = POWERS_OF_TEN[scale - digits];
            return unscaled % divisor == 0 ? unscaled / divisor : NOT_EXACT;
        }
        int shift = digits - scale;
        if (shift > MAX_EXACT_DIGITS) {
            return NOT_EXACT;
        }
        long factor = POWERS_OF_TEN[shift];
        long high = Math.multiplyHigh(unscaled, factor);
        long units = unscaled * factor;
        // The product fits in a long when its high half is only the sign of its low half.
        return high == (units >> (Long.SIZE - 1)) && units != Long.MIN_VALUE ? units : NOT_EXACT;
    }

    private static InvalidInputException outOfRange(
            BigDecimal value, CurrencyUnit currency, int digits) {
        String limit = BigDecimal.valueOf(Long.MAX_VALUE, digits).toPlainString();
        return new InvalidInputException(
                "amount",
                shown(value) + " " + currency.getCurrencyCode(),
                "an amount from -"
                        + limit
                        + " to "
                        + limit
                        + ", the range of a long count of minor units");
    }

    /** Returns the plain form of {@code value}, or its E notation when that would be long. */
    private static String shown(BigDecimal value) {
        int plainLength = Math.max(value.precision(), Math.abs(value.scale()));
        return plainLength <= MAX_PLAIN_LENGTH ? value.toPlainString() : value.toString();
    }

    /** Returns the number of decimals of the currency's minor unit (JPY 0, EUR 2, KWD 3). */
    public static int fractionDigits(CurrencyUnit currency) {
        Objects.requireNonNull(currency, "currency");
        int digits = currency.getDefaultFractionDigits();
        return Math.max(digits, 0);
    }

    /** Returns this amount as a decimal in major units at the currency's scale. */
    public BigDecimal toBigDecimal() {
        return BigDecimal.valueOf(units, fractionDigits(currency));
    }

    /**
     * Returns this amount as a Moneta {@link Money} at the currency's scale. A zero amount returns
     * one shared instance per currency, because {@code Money} is immutable and building one parses
     * its number from a string.
     */
    public MonetaryAmount toMonetaryAmount() {
        return toMonetaryAmount(units, currency);
    }

    /**
     * Returns {@code new MinorAmount(units, currency).toMonetaryAmount()} without building the
     * {@code MinorAmount}, for callers that hold the units as a {@code long}. The result equals
     * {@code Money.of(BigDecimal.valueOf(units, fractionDigits(currency)), currency)} in number,
     * scale and context.
     */
    public static MonetaryAmount toMonetaryAmount(long units, CurrencyUnit currency) {
        if (units == 0) {
            return MoneyCache.zero(currency);
        }
        return Money.of(moneyNumber(units, fractionDigits(currency)), currency);
    }

    /**
     * Returns {@code BigDecimal.valueOf(units, scale)} in the form that a Moneta 1.4.5 {@code
     * Money} keeps: for a scale above 0, with its trailing zeros stripped as {@code
     * stripTrailingZeros} does, so 20.00 becomes 2E+1. Every {@code Money} constructor strips a
     * number of scale above 0 into a new {@code BigDecimal} and leaves one of scale 0 or less as it
     * is. So for a whole amount, which this strips to such a scale, Moneta skips that copy.
     *
     * @param units the amount in minor units
     * @param scale the number of decimals of the minor unit, 0 or more
     */
    static BigDecimal moneyNumber(long units, int scale) {
        long unscaled = units;
        int strippedScale = scale;
        if (scale > 0 && units != 0) {
            // The loop ends because a long other than 0 has at most 18 trailing zeros.
            while (unscaled % 10 == 0) {
                unscaled /= 10;
                strippedScale--;
            }
        }
        return BigDecimal.valueOf(unscaled, strippedScale);
    }

    /**
     * Returns this amount as a public amount, reusing {@code original} when it is a Moneta {@link
     * Money} with Moneta's default context, which {@link #toMonetaryAmount()} would only build
     * again.
     *
     * @param original the public amount that this amount was converted from without rounding
     */
    public MonetaryAmount toMonetaryAmount(MonetaryAmount original) {
        if (original instanceof Money money
                && money.getContext() == Money.DEFAULT_MONETARY_CONTEXT
                && money.getCurrency().equals(currency)) {
            return money;
        }
        return toMonetaryAmount();
    }

    /** Returns the ISO 4217 code of the currency. */
    public String currencyCode() {
        return currency.getCurrencyCode();
    }

    /** Returns {@code this + other}. */
    public MinorAmount plus(MinorAmount other) {
        requireSameCurrency("add", other);
        return new MinorAmount(Math.addExact(units, other.units), currency);
    }

    /** Returns {@code this - other}. */
    public MinorAmount minus(MinorAmount other) {
        requireSameCurrency("subtract", other);
        return new MinorAmount(Math.subtractExact(units, other.units), currency);
    }

    /** Returns {@code -this}. */
    public MinorAmount negate() {
        return new MinorAmount(Math.negateExact(units), currency);
    }

    /** Returns the smaller of the two amounts. */
    public MinorAmount min(MinorAmount other) {
        return compareTo(other) <= 0 ? this : other;
    }

    /** Returns the larger of the two amounts. */
    public MinorAmount max(MinorAmount other) {
        return compareTo(other) >= 0 ? this : other;
    }

    /**
     * Returns this amount times {@code factor}, rounded to the minor unit with {@code mode}.
     *
     * <p>The product is computed in {@link BigDecimal}, so no precision is lost before the one
     * rounding step.
     */
    public MinorAmount times(BigDecimal factor, RoundingMode mode) {
        BigDecimal product = BigDecimal.valueOf(units).multiply(factor);
        return new MinorAmount(product.setScale(0, mode).longValueExact(), currency);
    }

    /** Returns {@code true} if the amount is exactly zero. */
    public boolean isZero() {
        return units == 0;
    }

    /** Returns {@code true} if the amount is greater than zero. */
    public boolean isPositive() {
        return units > 0;
    }

    /** Returns {@code true} if the amount is less than zero. */
    public boolean isNegative() {
        return units < 0;
    }

    /**
     * Throws {@link CurrencyMismatchException} unless {@code other} is in this amount's currency.
     *
     * @param operation the verb for the message, for example {@code "add"}
     */
    public void requireSameCurrency(String operation, MinorAmount other) {
        if (!currency.equals(other.currency)) {
            throw new CurrencyMismatchException(
                    operation, currency.getCurrencyCode(), other.currency.getCurrencyCode());
        }
    }

    /**
     * Compares two amounts of the same currency.
     *
     * @throws CurrencyMismatchException if the currencies differ
     */
    @Override
    public int compareTo(MinorAmount other) {
        requireSameCurrency("compare", other);
        return Long.compare(units, other.units);
    }

    /** Returns the amount in major units and its code, for example {@code "1239.70 TRY"}. */
    @Override
    public String toString() {
        return toPlainString() + " " + currency.getCurrencyCode();
    }

    /**
     * Returns the number in major units as {@code toBigDecimal().toPlainString()} writes it, such
     * as {@code -0.05} for -5 cents, without building the decimal.
     */
    public String toPlainString() {
        return plainString(units, fractionDigits(currency));
    }

    /**
     * Returns {@code BigDecimal.valueOf(units, scale).toPlainString()} for a scale of 0 or more.
     */
    static String plainString(long units, int scale) {
        if (scale == 0) {
            return Long.toString(units);
        }
        if (units == Long.MIN_VALUE || scale > MAX_EXACT_DIGITS) {
            // Its magnitude does not fit in a long, or the power of ten of its scale does not.
            return BigDecimal.valueOf(units, scale).toPlainString();
        }
        long magnitude = Math.abs(units);
        long power = POWERS_OF_TEN[scale];
        long fraction = magnitude % power;
        int fractionDigits = 1;
        while (fractionDigits < scale && fraction >= POWERS_OF_TEN[fractionDigits]) {
            fractionDigits++;
        }
        // One concatenation writes the numbers in place, with no string per part.
        return (units < 0 ? "-" : "")
                + magnitude / power
                + "."
                + ZEROS[scale - fractionDigits]
                + fraction;
    }
}
