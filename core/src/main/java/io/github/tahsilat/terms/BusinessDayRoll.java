package io.github.tahsilat.terms;

import io.github.tahsilat.calendar.BusinessCalendar;
import io.github.tahsilat.calendar.RollConvention;
import io.github.tahsilat.error.InvalidInputException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * A business-day roll applied last: every due date and every discount's last day of the wrapped
 * schedule moves to a business day of the calendar passed to {@link #dueSchedule}. Notation: the
 * wrapped terms followed by {@code ROLL FOLLOWING}, {@code ROLL MODIFIED_FOLLOWING} or {@code ROLL
 * PRECEDING}.
 *
 * <p>{@code PRECEDING} and {@code MODIFIED_FOLLOWING} can move a date back before the invoice date,
 * for example a due-on-receipt invoice issued on a Saturday.
 *
 * @param terms the wrapped terms, which may be a cutoff but not another roll
 * @param convention how dates move; never {@link RollConvention#NONE}, which is the same as no
 *     wrapper
 */
public record BusinessDayRoll(
        @NotNull @Valid PaymentTerms terms, @NotNull RollConvention convention)
        implements PaymentTerms {

    /**
     * Checks the fields.
     *
     * @throws NullPointerException if an argument is {@code null}
     * @throws InvalidInputException if {@code convention} is {@link RollConvention#NONE} or {@code
     *     terms} is itself a business-day roll
     */
    public BusinessDayRoll {
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(convention, "convention");
        if (convention == RollConvention.NONE) {
            throw new InvalidInputException(
                    "convention",
                    convention,
                    "FOLLOWING, MODIFIED_FOLLOWING or PRECEDING; leave out the roll for NONE");
        }
        if (terms instanceof BusinessDayRoll) {
            throw new InvalidInputException(
                    "terms",
                    terms.toNotation(),
                    "terms without a roll, because one roll comes last");
        }
    }

    /**
     * Computes the wrapped schedule and rolls its dates.
     *
     * @throws io.github.tahsilat.error.TahsilatException if the calendar cannot answer for a date
     *     the roll passes through, and as {@link PaymentTerms#dueSchedule} describes
     */
    @Override
    public DueSchedule dueSchedule(
            LocalDate invoiceDate,
            MonetaryAmount receivable,
            BusinessCalendar calendar,
            RoundingMode rounding) {
        DueSchedule schedule = terms.dueSchedule(invoiceDate, receivable, calendar, rounding);
        return Schedules.moveDates(schedule, date -> calendar.roll(date, convention));
    }

    @Override
    public String toNotation() {
        return terms.toNotation() + " ROLL " + convention.name();
    }
}
