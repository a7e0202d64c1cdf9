package io.github.tahsilat.interest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A day-count convention: how many days lie between two dates and how many days make a year.
 *
 * <p>{@link #days(LocalDate, LocalDate)} counts the period from {@code start} (excluded) to {@code
 * end} (included), the way interest periods are counted. The 30-day conventions follow the
 * definitions in the 2006 ISDA Definitions, section 4.16, with the day numbers D1 and D2 of the
 * start and end dates adjusted as each constant documents, and then {@code 360 × (Y2 − Y1) + 30 ×
 * (M2 − M1) + (D2 − D1)}. They differ on the 31st and at the end of February: from 2024-03-15 to
 * 2024-03-31 is 15 days under 30E/360 and 16 under 30/360 US.
 */
public enum DayCount {

    /** Actual days over a 365-day year, leap years included (Act/365 Fixed). */
    ACTUAL_365_FIXED(365),

    /** Actual days over a 360-day year (Act/360). */
    ACTUAL_360(360),

    /**
     * 30E/360, the Eurobond basis of ISDA 4.16(g): a D1 or D2 of 31 becomes 30. February has no
     * special rule, so 2023-02-28 to 2023-03-31 is 32 days.
     */
    THIRTY_E_360(360),

    /**
     * 30/360 US (the SIA rule set), which adds end-of-February rules to the bond basis: if the
     * start is the last day of February, D1 becomes 30, and if both dates are the last day of
     * February, D2 becomes 30 too; then a D1 of 31 becomes 30, and a D2 of 31 becomes 30 when D1 is
     * 30 or 31. So 2023-02-28 to 2023-03-31 is 30 days.
     */
    THIRTY_360_US(360);

    private final int yearDays;

    DayCount(int yearDays) {
        this.yearDays = yearDays;
    }

    /** Returns the number of days in a year under this convention: 365 or 360. */
    public int yearDays() {
        return yearDays;
    }

    /**
     * Returns the number of days from {@code start} (excluded) to {@code end} (included) under this
     * convention; 0 when the dates are equal.
     *
     * @throws NullPointerException if either date is {@code null}
     * @throws IllegalArgumentException if {@code end} is before {@code start}
     */
    public long days(LocalDate start, LocalDate end) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException(
                    "end " + end + " is before start " + start + "; pass the earlier date first");
        }
        return switch (this) {
            case ACTUAL_365_FIXED, ACTUAL_360 -> ChronoUnit.DAYS.between(start, end);
            case THIRTY_E_360 -> thirtyDays(start, eurobondDay(start), end, eurobondDay(end));
            case THIRTY_360_US -> thirtyUsDays(start, end);
        };
    }

    /**
     * Returns the year fraction {@code days(start, end) / yearDays()} as an exact decimal with 20
     * digits of scale.
     *
     * @throws NullPointerException if either date is {@code null}
     * @throws IllegalArgumentException if {@code end} is before {@code start}
     */
    public BigDecimal yearFraction(LocalDate start, LocalDate end) {
        return BigDecimal.valueOf(days(start, end))
                .divide(BigDecimal.valueOf(yearDays), 20, RoundingMode.HALF_EVEN);
    }

    private static int eurobondDay(LocalDate date) {
        return Math.min(date.getDayOfMonth(), 30);
    }

    private static long thirtyUsDays(LocalDate start, LocalDate end) {
        int d1 = start.getDayOfMonth();
        int d2 = end.getDayOfMonth();
        boolean startIsEndOfFebruary = isLastDayOfFebruary(start);
        if (startIsEndOfFebruary && isLastDayOfFebruary(end)) {
            d2 = 30;
        }
        if (startIsEndOfFebruary) {
            d1 = 30;
        }
        if (d2 == 31 && d1 >= 30) {
            d2 = 30;
        }
        if (d1 == 31) {
            d1 = 30;
        }
        return thirtyDays(start, d1, end, d2);
    }

    private static long thirtyDays(LocalDate start, int d1, LocalDate end, int d2) {
        return 360L * (end.getYear() - start.getYear())
                + 30L * (end.getMonthValue() - start.getMonthValue())
                + (d2 - d1);
    }

    private static boolean isLastDayOfFebruary(LocalDate date) {
        return date.getMonthValue() == 2 && date.getDayOfMonth() == date.lengthOfMonth();
    }
}
