package io.github.tahsilat.report;

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
 * amounts, to six decimals with halves up. Immutable and thread-safe.
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
