package io.github.tahsilat.report;

import io.github.tahsilat.error.CurrencyMismatchException;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.input.InputChecks;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * Computes the month-to-month roll rates of aging buckets and the loss rates they chain to, for
 * {@link ProvisionMatrix#fromRollRates}. The method is documented there.
 */
final class RollRates {

    /** The precision of the unrounded rates, so that rounding to six decimals happens once. */
    private static final MathContext PRECISION = MathContext.DECIMAL128;

    private final List<AgingAmounts> monthEnds;
    private final List<MonetaryAmount> writtenOff;
    private final int width;

    private RollRates(List<AgingAmounts> monthEnds, List<MonetaryAmount> writtenOff) {
        this.monthEnds = monthEnds;
        this.writtenOff = writtenOff;
        this.width = monthEnds.get(0).buckets().size();
    }

    /**
     * Checks the history and prepares the computation.
     *
     * @throws InvalidInputException if a list is missing, there are fewer than two month-ends, the
     *     month-ends differ in their number of buckets or have fewer than two, {@code writtenOff}
     *     does not have one amount fewer than {@code monthEnds}, or a write-off is negative
     * @throws CurrencyMismatchException if an amount is in another currency than the first
     *     month-end
     */
    static RollRates of(List<AgingAmounts> monthEnds, List<MonetaryAmount> writtenOff) {
        InputChecks.present(monthEnds, "monthEnds", "the month-end agings in date order");
        List<AgingAmounts> ends =
                monthEnds.stream()
                        .map(end -> InputChecks.present(end, "monthEnds", "no null element"))
                        .toList();
        InputChecks.present(writtenOff, "writtenOff", "the write-offs of each following month");
        if (ends.size() < 2) {
            throw new InvalidInputException(
                    "monthEnds", ends.size(), "at least two consecutive month-end agings");
        }
        CurrencyUnit currency = ends.get(0).currency();
        int width = ends.get(0).buckets().size();
        if (width < 2) {
            throw new InvalidInputException("monthEnds", width, "agings with at least two buckets");
        }
        for (AgingAmounts end : ends) {
            same(currency, end.currency());
            if (end.buckets().size() != width) {
                throw new InvalidInputException(
                        "monthEnds", end.buckets().size(), width + " buckets in every month-end");
            }
        }
        if (writtenOff.size() != ends.size() - 1) {
            throw new InvalidInputException(
                    "writtenOff",
                    writtenOff.size(),
                    (ends.size() - 1) + " amounts, one per month after the first month-end");
        }
        for (MonetaryAmount amount : writtenOff) {
            same(currency, InputChecks.present(amount, "writtenOff", "an amount").getCurrency());
            if (amount.isNegative()) {
                throw new InvalidInputException("writtenOff", amount, "an amount of 0 or more");
            }
        }
        return new RollRates(ends, List.copyOf(writtenOff));
    }

    /** Returns the unrounded roll rate of each bucket, the last one's being its rate to loss. */
    List<BigDecimal> rollRates() {
        List<BigDecimal> rates = new ArrayList<>(width);
        for (int bucket = 0; bucket < width; bucket++) {
            BigDecimal rolled = BigDecimal.ZERO;
            BigDecimal base = BigDecimal.ZERO;
            for (int month = 0; month + 1 < monthEnds.size(); month++) {
                base = base.add(amount(month, bucket));
                rolled = rolled.add(rolledOn(month, bucket));
            }
            BigDecimal rate = base.signum() == 0 ? BigDecimal.ZERO : rolled.divide(base, PRECISION);
            rates.add(rate.min(BigDecimal.ONE));
        }
        return rates;
    }

    /**
     * Returns the loss rate of each bucket: the product of its roll rate and those of every later
     * bucket, rounded to six decimals with halves up.
     */
    List<BigDecimal> lossRates() {
        List<BigDecimal> rolls = rollRates();
        BigDecimal[] losses = new BigDecimal[width];
        BigDecimal chained = BigDecimal.ONE;
        for (int bucket = width - 1; bucket >= 0; bucket--) {
            chained = chained.multiply(rolls.get(bucket), PRECISION);
            losses[bucket] = chained.setScale(6, RoundingMode.HALF_UP);
        }
        return List.of(losses);
    }

    /**
     * Returns what rolled on from {@code bucket} in the month after month-end {@code month}: the
     * next bucket at the next month-end; for the last but one bucket, the rise of the last bucket
     * plus what was written off; for the last bucket, what was written off.
     */
    private BigDecimal rolledOn(int month, int bucket) {
        BigDecimal writeOff = decimal(writtenOff.get(month));
        if (bucket == width - 1) {
            return writeOff;
        }
        if (bucket == width - 2) {
            BigDecimal inflow =
                    amount(month + 1, width - 1).subtract(amount(month, width - 1)).add(writeOff);
            return inflow.max(BigDecimal.ZERO);
        }
        return amount(month + 1, bucket + 1);
    }

    private BigDecimal amount(int month, int bucket) {
        return decimal(monthEnds.get(month).buckets().get(bucket));
    }

    private static BigDecimal decimal(MonetaryAmount amount) {
        return amount.getNumber().numberValue(BigDecimal.class);
    }

    private static void same(CurrencyUnit expected, CurrencyUnit actual) {
        if (!expected.equals(actual)) {
            throw new CurrencyMismatchException(
                    "compute roll rates", expected.getCurrencyCode(), actual.getCurrencyCode());
        }
    }
}
