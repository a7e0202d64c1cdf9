package io.github.tahsilat.terms;

import io.github.tahsilat.error.InvalidInputException;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;

/**
 * The last day of the invoice month, then a number of days. Notation: {@code EOM+45}.
 *
 * <p>Not the same as {@link DaysThenEndOfMonth}: for an invoice of 2021-09-13, end of month then 45
 * days is 2021-11-14, while 45 days then end of month is 2021-10-31.
 *
 * @param days the days added to the end of the invoice month, from 0 to 3660
 */
public record EndOfMonthThenDays(@Min(0) @Max(3660) int days) implements DueDateRule {

    /**
     * Checks the number of days.
     *
     * @throws InvalidInputException if {@code days} is below 0 or above 3660
     */
    public EndOfMonthThenDays {
        Schedules.requireDays("days", days);
    }

    /** Returns the last day of the invoice month plus {@link #days}. */
    @Override
    public LocalDate dueDate(LocalDate invoiceDate) {
        return Schedules.endOfMonth(invoiceDate).plusDays(days);
    }

    @Override
    public String toNotation() {
        return "EOM+" + days;
    }
}
