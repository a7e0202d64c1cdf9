package io.github.tahsilat.report;

import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.input.InputChecks;
import io.github.tahsilat.internal.money.MinorAmount;
import io.github.tahsilat.invoice.Invoice;
import io.github.tahsilat.ledger.CounterpartyLedger;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.money.MonetaryAmount;

/**
 * A forecast of the cash one counterparty's open receivables bring in, period by period.
 *
 * <p>Method: the counterparty's lateness is the amount-weighted average of days beyond terms of the
 * money applied to its receivable items in the lookback window that ends on the forecast date (see
 * {@link CollectionMetrics#averageDaysBeyondTerms()}), rounded to the nearest day with halves up,
 * and 0 when nothing was applied in the window. Each open installment or charge is expected on its
 * due date moved by that lateness; an expected date before the forecast date counts on the forecast
 * date. Periods are consecutive weeks from the forecast date, or calendar months from its month,
 * the first one starting on the forecast date.
 *
 * @param asOf the forecast date
 * @param lateness the lateness in days each due date is moved by, negative for early payers
 * @param periods the periods in order
 * @param laterByDueDate what is expected after the last period, by due date
 * @param laterByLateness what is expected after the last period, moved by lateness
 */
public record CollectionForecast(
        LocalDate asOf,
        long lateness,
        List<ForecastPeriod> periods,
        MonetaryAmount laterByDueDate,
        MonetaryAmount laterByLateness) {

    /** The length of a forecast period. */
    public enum Step {
        /** Seven days. */
        WEEK,
        /** A calendar month. */
        MONTH
    }

    /**
     * Checks the components and copies the periods.
     *
     * @throws InvalidInputException if a component is missing
     */
    public CollectionForecast {
        InputChecks.present(asOf, "asOf", "the forecast date");
        periods = List.copyOf(InputChecks.present(periods, "periods", "the periods"));
        InputChecks.present(laterByDueDate, "laterByDueDate", "an amount");
        InputChecks.present(laterByLateness, "laterByLateness", "an amount");
    }

    /**
     * Returns the forecast of the ledger's open receivables as of {@code asOf}.
     *
     * @param invoices the invoices of the ledger's receivable items
     * @param step weeks or months
     * @param count the number of periods, from 1 to 520
     * @param lookbackDays the length of the lateness window in days, at least 1
     * @throws InvalidInputException if an argument is missing or out of range, or a receivable item
     *     has no invoice in {@code invoices}
     */
    public static CollectionForecast of(
            CounterpartyLedger ledger,
            Collection<Invoice> invoices,
            LocalDate asOf,
            Step step,
            int count,
            int lookbackDays) {
        InputChecks.present(ledger, "ledger", "a counterparty ledger");
        InputChecks.present(asOf, "asOf", "the forecast date");
        InputChecks.present(step, "step", "WEEK or MONTH");
        checkShape(count, lookbackDays);
        CollectionMetrics history =
                CollectionPerformance.of(ledger, invoices, asOf.minusDays(lookbackDays - 1L), asOf);
        long lateness =
                history.averageDaysBeyondTerms()
                        .map(days -> days.setScale(0, RoundingMode.HALF_UP).longValueExact())
                        .orElse(0L);
        List<LocalDate> starts = starts(asOf, step, count);
        long[] due = new long[count + 1];
        long[] late = new long[count + 1];
        for (OpenItemLine line : Aging.openItems(ledger, invoices, AgingOptions.asOf(asOf))) {
            long units = MinorAmount.of(line.open(), RoundingMode.UNNECESSARY).units();
            due[slot(starts, line.dueDate(), asOf)] += units;
            late[slot(starts, line.dueDate().plusDays(lateness), asOf)] += units;
        }
        List<ForecastPeriod> periods = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            periods.add(
                    new ForecastPeriod(
                            starts.get(i),
                            starts.get(i + 1).minusDays(1),
                            money(ledger, due[i]),
                            money(ledger, late[i])));
        }
        return new CollectionForecast(
                asOf, lateness, periods, money(ledger, due[count]), money(ledger, late[count]));
    }

    /**
     * Returns the forecast error against the cash the ledger shows applied to receivable items in
     * each period: for each method the mean absolute error and the bias (mean of forecast less
     * actual), rounded to the minor unit with halves up.
     *
     * @throws InvalidInputException if an argument is missing
     */
    public ForecastError errorAgainst(CounterpartyLedger ledger, Collection<Invoice> invoices) {
        InputChecks.present(ledger, "ledger", "a counterparty ledger");
        long[] sums = new long[4];
        for (ForecastPeriod period : periods) {
            long actual =
                    units(
                            CollectionPerformance.applied(
                                    ledger, invoices, period.start(), period.end()));
            long dueError = units(period.byDueDate()) - actual;
            long lateError = units(period.byLateness()) - actual;
            sums[0] += Math.abs(dueError);
            sums[1] += dueError;
            sums[2] += Math.abs(lateError);
            sums[3] += lateError;
        }
        return new ForecastError(
                mean(ledger, sums[0]), mean(ledger, sums[1]),
                mean(ledger, sums[2]), mean(ledger, sums[3]));
    }

    private MonetaryAmount mean(CounterpartyLedger ledger, long sum) {
        long units =
                BigDecimal.valueOf(sum)
                        .divide(BigDecimal.valueOf(periods.size()), 0, RoundingMode.HALF_UP)
                        .longValueExact();
        return money(ledger, units);
    }

    /**
     * Checks the number of periods and the length of the lateness window.
     *
     * @throws InvalidInputException if {@code count} is not from 1 to 520 or {@code lookbackDays}
     *     is below 1
     */
    static void checkShape(int count, int lookbackDays) {
        if (count < 1 || count > 520) {
            throw new InvalidInputException("count", count, "a number of periods from 1 to 520");
        }
        if (lookbackDays < 1) {
            throw new InvalidInputException("lookbackDays", lookbackDays, "at least 1 day");
        }
    }

    /**
     * Returns the first day of each period and, last, the day after the last period: weeks from
     * {@code asOf}, or calendar months with the first one starting on {@code asOf}.
     */
    static List<LocalDate> starts(LocalDate asOf, Step step, int count) {
        List<LocalDate> starts = new ArrayList<>();
        for (int i = 0; i <= count; i++) {
            starts.add(
                    step == Step.WEEK
                            ? asOf.plusWeeks(i)
                            : i == 0 ? asOf : asOf.withDayOfMonth(1).plusMonths(i));
        }
        return starts;
    }

    /**
     * Returns the index of the period of {@code date}, counted on {@code asOf} when earlier, or the
     * number of periods when it falls after the last one.
     */
    static int slot(List<LocalDate> starts, LocalDate date, LocalDate asOf) {
        LocalDate at = date.isBefore(asOf) ? asOf : date;
        for (int i = 1; i < starts.size(); i++) {
            if (at.isBefore(starts.get(i))) {
                return i - 1;
            }
        }
        return starts.size() - 1;
    }

    private static long units(MonetaryAmount amount) {
        return MinorAmount.of(amount, RoundingMode.UNNECESSARY).units();
    }

    private static MonetaryAmount money(CounterpartyLedger ledger, long units) {
        return new MinorAmount(units, ledger.currency()).toMonetaryAmount();
    }
}
