package io.github.tahsilat.calendar;

import io.github.tahsilat.error.InvalidInputException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * One dated entry of a holiday table: a full-day holiday, or a half day on which work stops at a
 * closing time.
 *
 * <p>The constructor checks what the annotations declare, so a host without a validator gets the
 * same checks. Immutable and thread-safe.
 *
 * @param date the date of the holiday, never {@code null}
 * @param name the holiday's name as the calendar reports it, never blank
 * @param closingTime for a half day the time work stops, strictly between 00:00 and 24:00; {@code
 *     null} for a full-day holiday
 */
public record Holiday(@NotNull LocalDate date, @NotBlank String name, LocalTime closingTime) {

    /**
     * Checks the date, the name and the closing time.
     *
     * @throws InvalidInputException if the name is blank or the closing time is midnight
     * @throws NullPointerException if {@code date} or {@code name} is {@code null}
     */
    public Holiday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new InvalidInputException(
                    "holiday name", "'" + name + "'", "a non-blank name such as 'Yılbaşı'");
        }
        if (LocalTime.MIDNIGHT.equals(closingTime)) {
            throw new InvalidInputException(
                    "closing time of half day " + date,
                    closingTime,
                    "a time after 00:00, such as 13:00, or a full-day holiday");
        }
    }

    /** Returns a full-day holiday. */
    public static Holiday fullDay(LocalDate date, String name) {
        return new Holiday(date, name, null);
    }

    /** Returns a half day on which work stops at {@code closingTime}. */
    public static Holiday halfDay(LocalDate date, String name, LocalTime closingTime) {
        Objects.requireNonNull(closingTime, "closingTime");
        return new Holiday(date, name, closingTime);
    }

    /** Returns whether this is a half day rather than a full-day holiday. */
    public boolean isHalfDay() {
        return closingTime != null;
    }
}
