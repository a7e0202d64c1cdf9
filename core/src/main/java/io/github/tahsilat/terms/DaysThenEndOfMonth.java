package io.github.tahsilat.terms;

import io.github.tahsilat.error.InvalidInputException;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;

/**
 * A number of days after the invoice date, then the last day of the month that lands in. Notation:
 * {@code 45+EOM}.
 *
 * <p>Not the same as {@link EndOfMonthThenDays}: for an invoice of 2021-09-13, 45 days then end of
 * month is 2021-10-31, while end of month then 45 days is 2021-11-14.
 *
 * @param days the days added before moving to the month end, from 0 to 3660
 */
public record DaysThenEndOfMonth(@Min(0) @Max(3660) int days) implements DueDateRule {

    /**
     * Checks the number of days.
     *
     * @throws InvalidInputException if {@code days} is below 0 or above 3660
     */
    public DaysThenEndOfMonth {
        Schedules.requireDays("days", days);
    }

    /** Returns the last day of the month of the invoice date plus {@link #days}. */
    @Override
    public LocalDate dueDate(LocalDate invoiceDate) {
        return Schedules.endOfMonth(invoiceDate.plusDays(days));
    }

    @Override
    public String toNotation() {
        return days + "+EOM";
    }
}
