package io.github.tahsilat.dunning;

import io.github.tahsilat.calendar.BusinessCalendar;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * The business days past due of every distinct due date of some {@link DunningStateColumns} on one
 * date, counted as {@link LevelDecider#daysPastDue} counts them for {@link
 * DayCounting#BUSINESS_DAYS}.
 *
 * <p>The due dates are sorted, and {@link BusinessCalendar#isBusinessDay} is called once per day
 * between the earliest and the latest of the due dates and the as-of date, walking away from the
 * as-of date. So the cost grows with the items plus that span, whatever the items' order, where
 * counting per item grows with the items times the span. Every calendar call happens in the
 * constructor, so a calendar that fails does so before {@link LevelDecider#decideLevels} writes a
 * level. Immutable.
 */
final class BusinessDayCounts {

    /** The distinct due dates as epoch days, ascending. */
    private final int[] dueDays;

    /** The business days past due of each of {@link #dueDays}, negative before the due date. */
    private final long[] counts;

    /**
     * Counts the business days past due of every due date of {@code states} on {@code asOf}.
     *
     * @throws io.github.tahsilat.error.TahsilatException if the calendar has no data for a day
     *     between a due date and {@code asOf}
     */
    BusinessDayCounts(DunningStateColumns states, LocalDate asOf, BusinessCalendar calendar) {
        int[] sorted = new int[states.size()];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = states.dueEpochDay(i);
        }
        Arrays.sort(sorted);
        int distinct = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[distinct++] = sorted[i];
            }
        }
        dueDays = Arrays.copyOf(sorted, distinct);
        counts = new long[distinct];

        long asOfDay = asOf.toEpochDay();
        // The last due date on or before the as-of date, or -1 when every one is after it.
        int onOrBefore = -1;
        while (onOrBefore + 1 < distinct && dueDays[onOrBefore + 1] <= asOfDay) {
            onOrBefore++;
        }

        // Walking back from the as-of date: count is the business days in (day, asOf].
        long count = 0;
        long day = asOfDay;
        for (int k = onOrBefore; k >= 0; k--) {
            while (day > dueDays[k]) {
                if (calendar.isBusinessDay(LocalDate.ofEpochDay(day))) {
                    count++;
                }
                day--;
            }
            counts[k] = count;
        }

        // Walking forward from the as-of date: count is the business days in (asOf, day].
        count = 0;
        day = asOfDay;
        for (int k = onOrBefore + 1; k < distinct; k++) {
            while (day < dueDays[k]) {
                day++;
                if (calendar.isBusinessDay(LocalDate.ofEpochDay(day))) {
                    count++;
                }
            }
            counts[k] = -count;
        }
    }

    /** Returns the business days past due of {@code dueDay}, one of the columns' due dates. */
    long daysPastDue(int dueDay) {
        return counts[Arrays.binarySearch(dueDays, dueDay)];
    }
}
