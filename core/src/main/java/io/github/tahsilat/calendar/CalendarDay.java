package io.github.tahsilat.calendar;

import io.github.tahsilat.error.InvalidInputException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;

/**
 * One date as a business calendar classifies it: its {@link DayKind}, whether it counts as a
 * business day, the name of the holiday on it and, for a half day, the time work stops.
 *
 * <p>Invariants, checked on construction: a {@link DayKind#BUSINESS_DAY} is a business day and has
 * neither a holiday name nor a closing time; a {@link DayKind#WEEKEND} or {@link DayKind#HOLIDAY}
 * is not a business day and has no closing time; a {@link DayKind#HALF_DAY} has a closing time. A
 * weekend day carries a holiday name when a half day falls on it, such as a bayram eve on a
 * Saturday. Immutable and thread-safe.
 */
public final class CalendarDay {

    private final LocalDate date;
    private final DayKind kind;
    private final boolean businessDay;
    private final String holidayName;
    private final LocalTime closingTime;

    private CalendarDay(
            LocalDate date,
            DayKind kind,
            boolean businessDay,
            String holidayName,
            LocalTime closingTime) {
        this.date = Objects.requireNonNull(date, "date");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.businessDay = businessDay;
        this.holidayName = holidayName;
        this.closingTime = closingTime;
    }

    /** Returns a full business day on {@code date}. */
    public static CalendarDay businessDay(LocalDate date) {
        return new CalendarDay(date, DayKind.BUSINESS_DAY, true, null, null);
    }

    /**
     * Returns a weekend day on {@code date}.
     *
     * @param holidayName the name of a half day that falls on this weekend day, or {@code null}
     */
    public static CalendarDay weekend(LocalDate date, String holidayName) {
        return new CalendarDay(date, DayKind.WEEKEND, false, checkName(holidayName), null);
    }

    /**
     * Returns a full-day holiday on {@code date}.
     *
     * @param holidayName the holiday's name, or {@code null} when the calendar does not name it
     */
    public static CalendarDay holiday(LocalDate date, String holidayName) {
        return new CalendarDay(date, DayKind.HOLIDAY, false, checkName(holidayName), null);
    }

    /**
     * Returns a half day on {@code date}.
     *
     * @param holidayName the name of the half day, never {@code null}
     * @param closingTime the time work stops, never {@code null}
     * @param businessDay whether the calendar counts the half day as a business day
     */
    public static CalendarDay halfDay(
            LocalDate date, String holidayName, LocalTime closingTime, boolean businessDay) {
        Objects.requireNonNull(holidayName, "holidayName");
        Objects.requireNonNull(closingTime, "closingTime");
        return new CalendarDay(
                date, DayKind.HALF_DAY, businessDay, checkName(holidayName), closingTime);
    }

    private static String checkName(String holidayName) {
        if (holidayName != null && holidayName.isBlank()) {
            throw new InvalidInputException(
                    "holidayName", "'" + holidayName + "'", "a non-blank name or null");
        }
        return holidayName;
    }

    /** Returns the date, never {@code null}. */
    public LocalDate date() {
        return date;
    }

    /** Returns the kind of day, never {@code null}. */
    public DayKind kind() {
        return kind;
    }

    /**
     * Returns whether the date counts as a business day: {@code true} for a business day, {@code
     * false} for a weekend day or holiday, and for a half day the value that the calendar's {@link
     * HalfDayTreatment} sets.
     */
    public boolean isBusinessDay() {
        return businessDay;
    }

    /** Returns the name of the holiday or half day on this date, or empty if none has a name. */
    public Optional<String> holidayName() {
        return Optional.ofNullable(holidayName);
    }

    /** Returns the time work stops on a half day; empty for every other kind of day. */
    public Optional<LocalTime> closingTime() {
        return Optional.ofNullable(closingTime);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CalendarDay that
                && date.equals(that.date)
                && kind == that.kind
                && businessDay == that.businessDay
                && Objects.equals(holidayName, that.holidayName)
                && Objects.equals(closingTime, that.closingTime);
    }

    @Override
    public int hashCode() {
        return Objects.hash(date, kind, businessDay, holidayName, closingTime);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder().append(date).append(' ').append(kind);
        if (holidayName != null) {
            text.append(' ').append(holidayName);
        }
        if (closingTime != null) {
            text.append(" closing ").append(closingTime);
        }
        return text.toString();
    }
}
