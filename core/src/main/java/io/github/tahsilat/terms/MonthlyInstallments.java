package io.github.tahsilat.terms;

import io.github.tahsilat.calendar.BusinessCalendar;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.money.MinorAllocator;
import io.github.tahsilat.internal.money.MinorAmount;
import io.github.tahsilat.terms.DueSchedule.Installment;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * Equal installments a month apart, the first due by a rule. Notation: {@code 3X NET 30 MONTHLY},
 * or {@code 3X NET 30 MONTHLY EOM} to put every installment on a month end.
 *
 * <p>Installment {@code i} (counting from 0) falls due {@code i} months after the first due date,
 * computed from that anchor and never from the previous installment, so a schedule that starts on
 * 2024-01-31 continues 2024-02-29, 2024-03-31, 2024-04-30 instead of drifting to the 29th. Amounts
 * are split as in {@link EqualInstallments}.
 *
 * @param count the number of installments, from 1 to 360
 * @param firstDue the rule for the first installment's due date
 * @param anchor the day of the month the installments fall on
 */
public record MonthlyInstallments(
        @Min(1) @Max(360) int count,
        @NotNull @Valid DueDateRule firstDue,
        @NotNull MonthlyAnchor anchor)
        implements PaymentTerms {

    /**
     * Checks the fields.
     *
     * @throws NullPointerException if {@code firstDue} or {@code anchor} is {@code null}
     * @throws InvalidInputException if {@code count} is below 1 or above 360
     */
    public MonthlyInstallments {
        Objects.requireNonNull(firstDue, "firstDue");
        Objects.requireNonNull(anchor, "anchor");
        if (count < 1 || count > Schedules.MAX_INSTALLMENTS) {
            throw new InvalidInputException("count", count, Schedules.COUNT_EXPECTED);
        }
    }

    /** Computes {@link #count} equal installments a month apart. */
    @Override
    public DueSchedule dueSchedule(
            LocalDate invoiceDate,
            MonetaryAmount receivable,
            BusinessCalendar calendar,
            RoundingMode rounding) {
        MinorAmount total = Schedules.checkArguments(invoiceDate, receivable, calendar, rounding);
        List<MinorAmount> amounts = MinorAllocator.splitEqually(total, count, rounding);
        LocalDate first = firstDue.dueDate(invoiceDate);
        List<Installment> installments = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            LocalDate due = first.plusMonths(i);
            if (anchor == MonthlyAnchor.END_OF_MONTH) {
                due = Schedules.endOfMonth(due);
            }
            installments.add(
                    Schedules.installment(
                            i + 1, invoiceDate, due, amounts.get(i), List.of(), rounding));
        }
        return new DueSchedule(installments);
    }

    @Override
    public String toNotation() {
        String notation = count + "X " + firstDue.toNotation() + " MONTHLY";
        return anchor == MonthlyAnchor.END_OF_MONTH ? notation + " EOM" : notation;
    }
}
