package io.github.tahsilat.report;

import io.github.tahsilat.error.CurrencyMismatchException;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.instrument.Instrument;
import io.github.tahsilat.internal.input.InputChecks;
import io.github.tahsilat.internal.money.MinorAmount;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.money.CurrencyUnit;

/**
 * The average due date (ortalama vade) of a set of amounts: the date whose distance from each due
 * date, weighted by amount, balances out.
 *
 * <p>Method: with {@code d0} the earliest date, the result is {@code d0 + Σ(amountᵢ × (dᵢ − d0)) /
 * Σ amountᵢ} days, in exact integer arithmetic on minor units, rounded to the nearest day with
 * halves rounded up (to the later day). 100.00 due on 1 March and 100.00 due on 4 March average to
 * 3 March (2.5 days rounds up to 3).
 *
 * <p>Stateless and thread-safe.
 */
public final class AverageDueDate {

    private AverageDueDate() {}

    /**
     * Returns the average due date of the amounts.
     *
     * @throws InvalidInputException if {@code amounts} is missing, empty or contains a missing
     *     value
     * @throws CurrencyMismatchException if the amounts are in different currencies
     */
    public static LocalDate of(Collection<DatedAmount> amounts) {
        InputChecks.present(amounts, "amounts", "the amounts and their due dates");
        if (amounts.isEmpty()) {
            throw new InvalidInputException("amounts", amounts, "at least one amount");
        }
        LocalDate first = null;
        CurrencyUnit currency = null;
        for (DatedAmount amount : amounts) {
            InputChecks.present(amount, "amounts[]", "an amount and its due date");
            if (first == null || amount.date().isBefore(first)) {
                first = amount.date();
            }
            if (currency == null) {
                currency = amount.amount().getCurrency();
            } else if (!currency.equals(amount.amount().getCurrency())) {
                throw new CurrencyMismatchException(
                        "average due dates",
                        currency.getCurrencyCode(),
                        amount.amount().getCurrency().getCurrencyCode());
            }
        }
        BigInteger weighted = BigInteger.ZERO;
        BigInteger total = BigInteger.ZERO;
        for (DatedAmount amount : amounts) {
            BigInteger units =
                    BigInteger.valueOf(
                            MinorAmount.of(amount.amount(), RoundingMode.UNNECESSARY).units());
            long days = amount.date().toEpochDay() - first.toEpochDay();
            weighted = weighted.add(units.multiply(BigInteger.valueOf(days)));
            total = total.add(units);
        }
        // nearest day, halves up: floor((2 × weighted + total) / (2 × total))
        BigInteger two = BigInteger.TWO;
        long offset =
                weighted.multiply(two).add(total).divide(total.multiply(two)).longValueExact();
        return first.plusDays(offset);
    }

    /**
     * Returns the average maturity of the instruments, weighted by face amount.
     *
     * @throws InvalidInputException if {@code instruments} is missing, empty or holds a missing
     *     value
     * @throws CurrencyMismatchException if the instruments are in different currencies
     */
    public static LocalDate ofInstruments(Collection<Instrument> instruments) {
        InputChecks.present(instruments, "instruments", "cheques or promissory notes");
        List<DatedAmount> amounts = new ArrayList<>();
        for (Instrument instrument : instruments) {
            InputChecks.present(instrument, "instruments[]", "a cheque or promissory note");
            amounts.add(new DatedAmount(instrument.maturity(), instrument.amount()));
        }
        return of(amounts);
    }

    /**
     * Returns the average due date of open items, weighted by their open amounts.
     *
     * @throws InvalidInputException if {@code items} is missing, empty or contains a missing value
     * @throws CurrencyMismatchException if the items are in different currencies
     */
    public static LocalDate ofOpenItems(Collection<OpenItemLine> items) {
        InputChecks.present(items, "items", "open items");
        List<DatedAmount> amounts = new ArrayList<>();
        for (OpenItemLine item : items) {
            InputChecks.present(item, "items[]", "an open item");
            amounts.add(new DatedAmount(item.dueDate(), item.open()));
        }
        return of(amounts);
    }
}
