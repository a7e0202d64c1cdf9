package io.github.tahsilat.report;

import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.error.CurrencyMismatchException;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.input.InputChecks;
import io.github.tahsilat.internal.money.MinorAmount;
import io.github.tahsilat.invoice.Direction;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * A forecast of the cash a whole company's open receivables in one currency bring in, period by
 * period, with each counterparty's items moved by that counterparty's own lateness.
 *
 * <p>Method: a counterparty's lateness is the amount-weighted average of days beyond terms of the
 * money applied to its receivable items in the lookback window that ends on the forecast date,
 * rounded first to two decimals and then to whole days, halves up each time, as {@link
 * CollectionForecast} rounds it. A counterparty with nothing applied in the window has lateness 0.
 * Each open installment or charge is expected on its due date moved by its counterparty's lateness,
 * and an expected date before the forecast date counts on the forecast date. The by-due-date column
 * uses the due dates unmoved. Periods are as in {@link CollectionForecast}. Immutable and
 * thread-safe.
 *
 * @param asOf the forecast date
 * @param currency the currency of every amount
 * @param lateness the lateness in days of each counterparty with money applied in the window,
 *     negative for early payers; every other counterparty's is 0
 * @param periods the periods in order, at least one
 * @param laterByDueDate what falls due after the last period
 * @param laterByLateness what is expected after the last period, moved by lateness
 */
public record CompanyCollectionForecast(
        LocalDate asOf,
        CurrencyUnit currency,
        Map<CounterpartyId, Long> lateness,
        List<ForecastPeriod> periods,
        MonetaryAmount laterByDueDate,
        MonetaryAmount laterByLateness) {

    /**
     * Checks the components and copies the map and the list.
     *
     * @throws InvalidInputException if a component is missing or there is no period
     * @throws CurrencyMismatchException if an amount is not in {@code currency}
     */
    public CompanyCollectionForecast {
        InputChecks.present(asOf, "asOf", "the forecast date");
        InputChecks.present(currency, "currency", "an ISO 4217 currency");
        InputChecks.present(lateness, "lateness", "days per counterparty");
        lateness.forEach(
                (id, days) -> {
                    InputChecks.present(id, "lateness", "a counterparty id per entry");
                    InputChecks.present(days, "lateness", "a number of days per entry");
                });
        lateness = Map.copyOf(lateness);
        periods = List.copyOf(InputChecks.present(periods, "periods", "the periods"));
        if (periods.isEmpty()) {
            throw new InvalidInputException("periods", periods, "at least one period");
        }
        for (ForecastPeriod period : periods) {
            same(currency, period.byDueDate());
            same(currency, period.byLateness());
        }
        same(currency, InputChecks.present(laterByDueDate, "laterByDueDate", "an amount"));
        same(currency, InputChecks.present(laterByLateness, "laterByLateness", "an amount"));
    }

    /**
     * Returns the forecast of the receivable items in {@code currency} among {@code items}, which
     * hands over the company's open items as of {@code asOf}. Payables, other currencies and items
     * with nothing open are skipped.
     *
     * @param lateness the lateness in days of each counterparty; one not in the map counts as 0
     * @param step weeks or months
     * @param count the number of periods, from 1 to 520
     * @throws InvalidInputException if an argument is missing or {@code count} is out of range
     * @throws ArithmeticException if a sum overflows a long count of minor units
     */
    public static CompanyCollectionForecast of(
            CompactItems items,
            LocalDate asOf,
            CurrencyUnit currency,
            Map<CounterpartyId, Long> lateness,
            CollectionForecast.Step step,
            int count) {
        InputChecks.present(items, "items", "the open items in compact form");
        InputChecks.present(asOf, "asOf", "the forecast date");
        InputChecks.present(currency, "currency", "an ISO 4217 currency");
        InputChecks.present(lateness, "lateness", "days per counterparty");
        InputChecks.present(step, "step", "WEEK or MONTH");
        CollectionForecast.checkShape(count, 1);
        Map<UUID, Long> days = new HashMap<>();
        lateness.forEach((id, late) -> days.put(id.value(), late));
        List<LocalDate> starts = CollectionForecast.starts(asOf, step, count);
        String code = currency.getCurrencyCode();
        long[] due = new long[count + 1];
        long[] late = new long[count + 1];
        items.forEach(
                (counterparty, itemCurrency, side, issueDay, dueDay, openMinor) -> {
                    if (openMinor == 0
                            || side != Direction.RECEIVABLE
                            || !itemCurrency.equals(code)) {
                        return;
                    }
                    LocalDate dueDate = LocalDate.ofEpochDay(dueDay);
                    LocalDate expected = dueDate.plusDays(days.getOrDefault(counterparty, 0L));
                    int dueSlot = CollectionForecast.slot(starts, dueDate, asOf);
                    int lateSlot = CollectionForecast.slot(starts, expected, asOf);
                    due[dueSlot] = Math.addExact(due[dueSlot], openMinor);
                    late[lateSlot] = Math.addExact(late[lateSlot], openMinor);
                });
        List<ForecastPeriod> periods = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            periods.add(
                    new ForecastPeriod(
                            starts.get(i),
                            starts.get(i + 1).minusDays(1),
                            money(due[i], currency),
                            money(late[i], currency)));
        }
        return new CompanyCollectionForecast(
                asOf,
                currency,
                lateness,
                periods,
                money(due[count], currency),
                money(late[count], currency));
    }

    /**
     * Returns the forecast error against the cash actually applied to receivable items in each
     * period: for each method the mean absolute error and the bias (mean of forecast less actual),
     * rounded to the minor unit with halves up.
     *
     * @param actual the cash applied in each period, in the order of {@link #periods()}
     * @throws InvalidInputException if {@code actual} is missing or its size differs from the
     *     number of periods
     * @throws CurrencyMismatchException if an amount of {@code actual} is not in {@link
     *     #currency()}
     */
    public ForecastError errorAgainst(List<MonetaryAmount> actual) {
        InputChecks.present(actual, "actual", "the cash applied per period");
        if (actual.size() != periods.size()) {
            throw new InvalidInputException(
                    "actual",
                    actual.size(),
                    "one amount per period, " + periods.size() + " in all");
        }
        long[] sums = new long[4];
        for (int i = 0; i < periods.size(); i++) {
            ForecastPeriod period = periods.get(i);
            long happened = units(same(currency, actual.get(i)));
            long dueError = units(period.byDueDate()) - happened;
            long lateError = units(period.byLateness()) - happened;
            sums[0] += Math.abs(dueError);
            sums[1] += dueError;
            sums[2] += Math.abs(lateError);
            sums[3] += lateError;
        }
        return new ForecastError(mean(sums[0]), mean(sums[1]), mean(sums[2]), mean(sums[3]));
    }

    private MonetaryAmount mean(long sum) {
        long units =
                BigDecimal.valueOf(sum)
                        .divide(BigDecimal.valueOf(periods.size()), 0, RoundingMode.HALF_UP)
                        .longValueExact();
        return money(units, currency);
    }

    private static MonetaryAmount same(CurrencyUnit currency, MonetaryAmount amount) {
        if (!amount.getCurrency().equals(currency)) {
            throw new CurrencyMismatchException(
                    "build a collection forecast",
                    currency.getCurrencyCode(),
                    amount.getCurrency().getCurrencyCode());
        }
        return amount;
    }

    private static long units(MonetaryAmount amount) {
        return MinorAmount.of(amount, RoundingMode.UNNECESSARY).units();
    }

    private static MonetaryAmount money(long units, CurrencyUnit currency) {
        return new MinorAmount(units, currency).toMonetaryAmount();
    }
}
