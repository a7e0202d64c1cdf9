package io.github.tahsilat.invoice;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Date arithmetic for overdue items. Due dates are {@link LocalDate} values in the company's time
 * zone and are never turned into instants, so neither the time of day nor a daylight saving change
 * moves them.
 */
public final class PastDue {

    private PastDue() {}

    /**
     * Returns the number of calendar days from {@code dueDate} to {@code asOf}: 0 on the due date,
     * 1 the day after, negative before it. An item is overdue when this is 1 or more.
     */
    public static long days(LocalDate dueDate, LocalDate asOf) {
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(asOf, "asOf");
        return ChronoUnit.DAYS.between(dueDate, asOf);
    }

    /** Returns the date that {@code clock} shows in {@code zone}, the as-of date of a run. */
    public static LocalDate asOfDate(Clock clock, ZoneId zone) {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(zone, "zone");
        return LocalDate.now(clock.withZone(zone));
    }
}
