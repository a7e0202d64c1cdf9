package io.github.tahsilat.terms;

import io.github.tahsilat.error.InvalidInputException;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;

/**
 * A number of months after the end of the invoice month, landing on the target month's own last
 * day. Notation: {@code EOM+1M}.
 *
 * <p>The target month's length decides the day, never the invoice month's: one month after an
 * invoice of 2020-06-11 is 2020-07-31 (not 07-30), and after 2024-01-31 it is 2024-02-29.
 *
 * @param months the months after the invoice month, from 1 to 120
 */
public record MonthsAfterEndOfMonth(@Min(1) @Max(120) int months) implements DueDateRule {

    /**
     * Checks the number of months.
     *
     * @throws InvalidInputException if {@code months} is below 1 or above 120
     */
    public MonthsAfterEndOfMonth {
        if (months < 1 || months > Schedules.MAX_MONTHS) {
            throw new InvalidInputException("months", months, Schedules.MONTHS_EXPECTED);
        }
    }

    /** Returns the last day of the month {@link #months} after the invoice month. */
    @Override
    public LocalDate dueDate(LocalDate invoiceDate) {
        return Schedules.endOfMonth(invoiceDate.withDayOfMonth(1).plusMonths(months));
    }

    @Override
    public String toNotation() {
        return "EOM+" + months + "M";
    }
}
