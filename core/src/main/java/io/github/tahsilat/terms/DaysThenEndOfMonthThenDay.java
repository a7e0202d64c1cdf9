package io.github.tahsilat.terms;

import io.github.tahsilat.error.InvalidInputException;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;

/**
 * A number of days after the invoice date, then the end of that month, then a given day of the
 * following month. Notation: {@code 45+EOM+D10}.
 *
 * <p>A day beyond the following month's length is clamped to its last day: with day 31, an invoice
 * of 2024-01-05 under {@code 30+EOM+D31} falls due on 2024-03-31, and under {@code 0+EOM+D31} on
 * 2024-02-29.
 *
 * @param days the days added to the invoice date, from 0 to 3660
 * @param dayOfMonth the day of the month after the month end, from 1 to 31
 */
public record DaysThenEndOfMonthThenDay(
        @Min(0) @Max(3660) int days, @Min(1) @Max(31) int dayOfMonth) implements DueDateRule {

    /**
     * Checks both numbers.
     *
     * @throws InvalidInputException if {@code days} is below 0 or above 3660, or {@code dayOfMonth}
     *     is below 1 or above 31
     */
    public DaysThenEndOfMonthThenDay {
        Schedules.requireDays("days", days);
        if (dayOfMonth < 1 || dayOfMonth > 31) {
            throw new InvalidInputException(
                    "dayOfMonth", dayOfMonth, Schedules.DAY_OF_MONTH_EXPECTED);
        }
    }

    /** Returns day {@link #dayOfMonth}, clamped, of the month after that of invoice date + days. */
    @Override
    public LocalDate dueDate(LocalDate invoiceDate) {
        LocalDate nextMonth = Schedules.endOfMonth(invoiceDate.plusDays(days)).plusDays(1);
        return nextMonth.withDayOfMonth(Math.min(dayOfMonth, nextMonth.lengthOfMonth()));
    }

    @Override
    public String toNotation() {
        return days + "+EOM+D" + dayOfMonth;
    }
}
