package io.github.tahsilat.terms;

import io.github.tahsilat.calendar.BusinessCalendar;
import io.github.tahsilat.error.InvalidInputException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * A cutoff rule: invoices issued after a day of the month get the schedule one month later.
 * Notation: the wrapped terms followed by {@code CUTOFF 25}, as in {@code EOM+30 CUTOFF 25}.
 *
 * <p>For an invoice dated after {@link #cutoffDay}, every due date and every discount's last day of
 * the wrapped schedule moves one month later. A month's last day moves to the next month's last day
 * (2024-11-30 becomes 2024-12-31, not 12-30), and any other day keeps its number, clamped to the
 * next month's length (01-30 becomes 02-29 in 2024). Invoices up to and including the cutoff day
 * keep the wrapped schedule unchanged.
 *
 * @param cutoffDay the last day of the month that still gets the wrapped schedule, from 1 to 30
 * @param terms the wrapped terms; neither a cutoff nor a business-day roll, because the roll comes
 *     last
 */
public record NextMonthAfterCutoff(
        @Min(1) @Max(30) int cutoffDay, @NotNull @Valid PaymentTerms terms)
        implements PaymentTerms {

    /**
     * Checks the fields.
     *
     * @throws NullPointerException if {@code terms} is {@code null}
     * @throws InvalidInputException if {@code cutoffDay} is below 1 or above 30, or {@code terms}
     *     is a cutoff or a business-day roll
     */
    public NextMonthAfterCutoff {
        Objects.requireNonNull(terms, "terms");
        if (cutoffDay < 1 || cutoffDay > 30) {
            throw new InvalidInputException("cutoffDay", cutoffDay, Schedules.CUTOFF_DAY_EXPECTED);
        }
        if (terms instanceof NextMonthAfterCutoff || terms instanceof BusinessDayRoll) {
            throw new InvalidInputException(
                    "terms",
                    terms.toNotation(),
                    "terms without a cutoff or a roll, because a cutoff wraps the schedule once"
                            + " and the roll comes last");
        }
    }

    /** Computes the wrapped schedule, moved one month later when the invoice is after cutoff. */
    @Override
    public DueSchedule dueSchedule(
            LocalDate invoiceDate,
            MonetaryAmount receivable,
            BusinessCalendar calendar,
            RoundingMode rounding) {
        DueSchedule schedule = terms.dueSchedule(invoiceDate, receivable, calendar, rounding);
        if (invoiceDate.getDayOfMonth() <= cutoffDay) {
            return schedule;
        }
        return Schedules.moveDates(schedule, date -> Schedules.plusMonthsKeepingMonthEnd(date, 1));
    }

    @Override
    public String toNotation() {
        return terms.toNotation() + " CUTOFF " + cutoffDay;
    }
}
