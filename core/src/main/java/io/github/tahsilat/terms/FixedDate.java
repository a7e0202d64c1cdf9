package io.github.tahsilat.terms;

import io.github.tahsilat.error.InvalidInputException;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Due on one calendar date whatever the invoice date. Notation: {@code FIXED 2025-03-31}.
 *
 * <p>The date may lie before the invoice date, and then the installment is overdue from the start;
 * this is the one rule whose due date can precede the invoice date.
 *
 * @param date the due date in the years 0000 to 9999, so that the notation's {@code YYYY-MM-DD}
 *     form can write it; never {@code null}
 */
public record FixedDate(@NotNull LocalDate date) implements DueDateRule {

    /**
     * Checks that the date is present and has a four-digit year.
     *
     * @throws NullPointerException if {@code date} is {@code null}
     * @throws InvalidInputException if the year of {@code date} is below 0 or above 9999
     */
    public FixedDate {
        Objects.requireNonNull(date, "date");
        Schedules.requireFourDigitYear("date", date);
    }

    /** Returns {@link #date}, ignoring the invoice date. */
    @Override
    public LocalDate dueDate(LocalDate invoiceDate) {
        Objects.requireNonNull(invoiceDate, "invoiceDate");
        return date;
    }

    @Override
    public String toNotation() {
        return "FIXED " + date;
    }
}
