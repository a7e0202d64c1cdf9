package io.github.tahsilat.report;

import io.github.tahsilat.error.CurrencyMismatchException;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.input.InputChecks;
import io.github.tahsilat.internal.money.MinorAmount;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import javax.money.MonetaryAmount;

/**
 * An IFRS 9 simplified-approach provision matrix: one expected loss rate per aging bucket.
 *
 * <p>The provision of a bucket is its amount times its rate, rounded to the minor unit with the
 * given mode. Rates are given by the host or derived from history by {@link #fromHistoricalLoss}:
 * the rate of a bucket is what was finally lost of the amounts that stood in it, divided by those
 * amounts, to six decimals with halves up, or chained from month-to-month roll rates by {@link
 * #fromRollRates}. Immutable and thread-safe.
 *
 * @param rates one rate per bucket, each from 0 to 1
 * @param rounding how each bucket's provision is rounded to the minor unit
 */
public record ProvisionMatrix(List<BigDecimal> rates, RoundingMode rounding) {

    /**
     * Checks the rates and copies them.
     *
     * @throws InvalidInputException if an argument is missing, there is no rate, or a rate is
     *     outside 0 to 1
     */
    public ProvisionMatrix {
        rates = List.copyOf(InputChecks.present(rates, "rates", "one loss rate per bucket"));
        InputChecks.present(rounding, "rounding", "a rounding mode such as HALF_UP");
        if (rates.isEmpty()) {
            throw new InvalidInputException("rates", rates, "at least one rate");
        }
        for (int i = 0; i < rates.size(); i++) {
            BigDecimal rate = rates.get(i);
            if (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) > 0) {
                throw new InvalidInputException("rates[" + i + "]", rate, "a rate from 0 to 1");
            }
        }
    }

    /**
     * Returns the matrix whose rate per bucket is {@code lost / exposed}, with a zero rate where
     * nothing was exposed.
     *
     * @param exposed per bucket, the amounts that stood in it over the history
     * @param lost per bucket, the part of those amounts finally written off
     * @throws InvalidInputException if the lists are missing, empty or of different sizes, or a
     *     loss is negative or exceeds its exposure
     */
    public static ProvisionMatrix fromHistoricalLoss(
            List<MonetaryAmount> exposed, List<MonetaryAmount> lost) {
        InputChecks.present(exposed, "exposed", "the amounts per bucket");
        InputChecks.present(lost, "lost", "the losses per bucket");
        if (exposed.size() != lost.size()) {
            throw new InvalidInputException("lost", lost.size(), exposed.size() + " losses");
        }
        List<BigDecimal> rates = new ArrayList<>();
        for (int i = 0; i < exposed.size(); i++) {
            BigDecimal base = decimal(exposed.get(i));
            BigDecimal loss = decimal(lost.get(i));
            if (loss.signum() < 0 || loss.compareTo(base) > 0) {
                throw new InvalidInputException(
                        "lost[" + i + "]", loss, "a loss from 0 to the exposure " + base);
            }
            rates.add(
                    base.signum() == 0
                            ? BigDecimal.ZERO
                            : loss.divide(base, 6, RoundingMode.HALF_UP));
        }
        return new ProvisionMatrix(rates, RoundingMode.HALF_UP);
    }

    /**
     * Returns the matrix whose rates are chained from the roll rates of a history of month-end
     * agings, the method known as roll-rate or flow-rate analysis.
     *
     * <p>Method: the buckets are taken as one month wide, except the last, which is open-ended, so
     * an amount left unpaid moves one bucket on per month. Over each month from one month-end to
     * the next, what rolled on from a bucket is:
     *
     * <ul>
     *   <li>for every bucket but the last two, the next bucket at the next month-end;
     *   <li>for the last but one, the rise of the last bucket plus what was written off in the
     *       month, and 0 when that is negative. This estimate takes nothing in the last bucket as
     *       collected, so collections there lower it;
     *   <li>for the last bucket, what was written off in the month.
     * </ul>
     *
     * <p>A bucket's roll rate is what rolled on from it, summed over the months, divided by its
     * amounts at the month-ends the months start from. It is 0 when those amounts are all zero, and
     * at most 1. The loss rate of a bucket is the product of its roll rate and those of every later
     * bucket, computed to 34 significant digits and rounded once to six decimals with halves up.
     * The matrix rounds provisions with halves up.
     *
     * @param monthEnds the agings of consecutive month-ends in date order, all in one currency and
     *     with the same buckets, at least two
     * @param writtenOff the amounts written off in each month after the first month-end, one fewer
     *     than {@code monthEnds}
     * @throws InvalidInputException if a list is missing, there are fewer than two month-ends, the
     *     month-ends differ in their number of buckets or have fewer than two, {@code writtenOff}
     *     does not have one amount fewer than {@code monthEnds}, or a write-off is negative
     * @throws CurrencyMismatchException if an amount is in another currency than the first
     *     month-end
     */
    public static ProvisionMatrix fromRollRates(
            List<AgingAmounts> monthEnds, List<MonetaryAmount> writtenOff) {
        return new ProvisionMatrix(
                RollRates.of(monthEnds, writtenOff).lossRates(), RoundingMode.HALF_UP);
    }

    /**
     * Returns the roll rate of each bucket as {@link #fromRollRates} computes it, the last one's
     * being its rate to loss, each rounded to six decimals with halves up.
     *
     * @throws InvalidInputException under the conditions of {@link #fromRollRates}
     * @throws CurrencyMismatchException under the conditions of {@link #fromRollRates}
     */
    public static List<BigDecimal> rollRates(
            List<AgingAmounts> monthEnds, List<MonetaryAmount> writtenOff) {
        return RollRates.of(monthEnds, writtenOff).rollRates().stream()
                .map(rate -> rate.setScale(6, RoundingMode.HALF_UP))
                .toList();
    }

    /**
     * Returns the provision per bucket of an aging row.
     *
     * @throws InvalidInputException if {@code amounts} is missing or has another number of buckets
     */
    public List<MonetaryAmount> provisions(AgingAmounts amounts) {
        InputChecks.present(amounts, "amounts", "an aging row");
        if (amounts.buckets().size() != rates.size()) {
            throw new InvalidInputException(
                    "amounts.buckets", amounts.buckets().size(), rates.size() + " buckets");
        }
        List<MonetaryAmount> provisions = new ArrayList<>();
        for (int i = 0; i < rates.size(); i++) {
            MonetaryAmount bucket = amounts.buckets().get(i);
            BigDecimal value = decimal(bucket).multiply(rates.get(i));
            provisions.add(
                    MinorAmount.of(value, bucket.getCurrency(), rounding).toMonetaryAmount());
        }
        return provisions;
    }

    /**
     * Returns the total provision of an aging row: the sum of its buckets' provisions.
     *
     * @throws InvalidInputException under the conditions of {@link #provisions}
     */
    public MonetaryAmount total(AgingAmounts amounts) {
        MonetaryAmount sum = amounts.coveredByInstruments().multiply(0);
        for (MonetaryAmount provision : provisions(amounts)) {
            sum = sum.add(provision);
        }
        return sum;
    }

    private static BigDecimal decimal(MonetaryAmount amount) {
        return InputChecks.present(amount, "amount", "an amount")
                .getNumber()
                .numberValue(BigDecimal.class);
    }
}
