package io.github.tahsilat.terms;

import io.github.tahsilat.error.InvalidInputException;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;

/**
 * Due a number of calendar days after the invoice date. Notation: {@code NET 30}.
 *
 * @param days the days after the invoice date, from 0 to 3660
 */
public record NetDays(@Min(0) @Max(3660) int days) implements DueDateRule {

    /**
     * Checks the number of days.
     *
     * @throws InvalidInputException if {@code days} is below 0 or above 3660
     */
    public NetDays {
        Schedules.requireDays("days", days);
    }

    /** Returns the invoice date plus {@link #days}. */
    @Override
    public LocalDate dueDate(LocalDate invoiceDate) {
        return invoiceDate.plusDays(days);
    }

    @Override
    public String toNotation() {
        return "NET " + days;
    }
}
