package io.github.tahsilat.report;

import io.github.tahsilat.error.CurrencyMismatchException;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.input.InputChecks;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/**
 * An aging's totals in the company's functional currency: each currency's total converted at the
 * rate of one date, and their sum.
 *
 * <p>Rounding: every bucket and column of a currency's total is converted on its own and rounded to
 * the functional currency's minor unit with {@code roundingMode}, and a converted total is the sum
 * of its rounded buckets. So a converted total can differ by up to one minor unit per bucket from
 * converting the currency's total at once. {@code total} adds the converted amounts exactly, with
 * no further rounding.
 *
 * <p>Each counterparty's total in {@code perCounterparty} converts every bucket and column of each
 * of its lines on its own, rounded the same way, and adds them. Because lines are rounded one by
 * one, the sum of the counterparty totals can differ from {@code total} by up to one minor unit per
 * line and bucket.
 *
 * <p>Invariant: every bucket and column of {@code total} is the sum of that bucket or column over
 * {@code perCurrency}. Immutable and thread-safe.
 *
 * @param currency the functional currency
 * @param rateDate the date of the rates used
 * @param roundingMode the rounding of each converted amount to the minor unit
 * @param perCurrency a converted total per currency of the report, in the report's order
 * @param total the sum of the converted totals
 * @param perCounterparty a converted total per counterparty of the report, by the counterparty id's
 *     text, or empty when built without them
 */
public record FunctionalTotals(
        CurrencyUnit currency,
        LocalDate rateDate,
        RoundingMode roundingMode,
        List<ConvertedTotal> perCurrency,
        AgingAmounts total,
        List<CounterpartyTotal> perCounterparty) {

    /**
     * Checks the components and copies the lists.
     *
     * @throws InvalidInputException if a component is missing, {@code total} is not the sum of
     *     {@code perCurrency} with as many buckets, or a counterparty total has another number of
     *     buckets
     * @throws CurrencyMismatchException if a converted total, a counterparty total or {@code total}
     *     is not in {@code currency}
     */
    public FunctionalTotals {
        InputChecks.present(currency, "currency", "the functional currency");
        InputChecks.present(rateDate, "rateDate", "the date of the rates");
        InputChecks.present(roundingMode, "roundingMode", "a rounding mode");
        perCurrency = List.copyOf(InputChecks.present(perCurrency, "perCurrency", "the totals"));
        InputChecks.present(total, "total", "the sum of the converted totals");
        sameCurrency(currency, total);
        int width = total.buckets().size();
        MonetaryAmount[] sums = new MonetaryAmount[width + 2];
        for (int i = 0; i < sums.length; i++) {
            sums[i] = Money.zero(currency);
        }
        for (ConvertedTotal converted : perCurrency) {
            AgingAmounts amounts = converted.amounts();
            sameCurrency(currency, amounts);
            if (amounts.buckets().size() != width) {
                throw new InvalidInputException(
                        "perCurrency", amounts.buckets().size(), width + " buckets, as in total");
            }
            for (int i = 0; i < width; i++) {
                sums[i] = sums[i].add(amounts.buckets().get(i));
            }
            sums[width] = sums[width].add(amounts.coveredByInstruments());
            sums[width + 1] = sums[width + 1].add(amounts.unappliedCredit());
        }
        for (int i = 0; i < width; i++) {
            requireSum(sums[i], total.buckets().get(i));
        }
        requireSum(sums[width], total.coveredByInstruments());
        requireSum(sums[width + 1], total.unappliedCredit());
        perCounterparty =
                List.copyOf(
                        InputChecks.present(
                                perCounterparty, "perCounterparty", "the counterparty totals"));
        for (CounterpartyTotal line : perCounterparty) {
            sameCurrency(currency, line.amounts());
            if (line.amounts().buckets().size() != width) {
                throw new InvalidInputException(
                        "perCounterparty",
                        line.amounts().buckets().size(),
                        width + " buckets, as in total");
            }
        }
    }

    /**
     * Creates the totals without counterparty totals.
     *
     * @throws InvalidInputException under the conditions of the canonical constructor
     * @throws CurrencyMismatchException under the conditions of the canonical constructor
     */
    public FunctionalTotals(
            CurrencyUnit currency,
            LocalDate rateDate,
            RoundingMode roundingMode,
            List<ConvertedTotal> perCurrency,
            AgingAmounts total) {
        this(currency, rateDate, roundingMode, perCurrency, total, List.of());
    }

    private static void sameCurrency(CurrencyUnit currency, AgingAmounts amounts) {
        if (!amounts.currency().equals(currency)) {
            throw new CurrencyMismatchException(
                    "total an aging in the functional currency",
                    currency.getCurrencyCode(),
                    amounts.currency().getCurrencyCode());
        }
    }

    private static void requireSum(MonetaryAmount sum, MonetaryAmount stated) {
        if (!sum.isEqualTo(stated)) {
            throw new InvalidInputException(
                    "total", stated, "the sum of the converted totals, " + sum);
        }
    }
}
