package io.github.tahsilat.terms;

import io.github.tahsilat.calendar.BusinessCalendar;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.money.MinorAllocator;
import io.github.tahsilat.internal.money.MinorAmount;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.StringJoiner;
import javax.money.MonetaryAmount;

/**
 * Installments of equal shares of the amount receivable, each due by its own terms. Notation:
 * {@code EQUAL NET 30; EQUAL NET 60; EQUAL NET 90}.
 *
 * <p>Every installment but the last is the equal share rounded with the rounding mode, and the last
 * takes the rest: 100.00 EUR in three is 33.33 / 33.33 / 33.34. For a monthly series use {@link
 * MonthlyInstallments}.
 *
 * @param parts the terms of each installment, in due-date order; from 1 to 360 of them
 */
public record EqualInstallments(
        @Size(min = 1, max = 360) List<@Valid @NotNull SinglePaymentTerms> parts)
        implements PaymentTerms {

    /**
     * Copies the parts and checks their number.
     *
     * @throws NullPointerException if the list or a part is {@code null}
     * @throws InvalidInputException if there are no parts or more than 360
     */
    public EqualInstallments {
        parts = List.copyOf(parts);
        if (parts.isEmpty() || parts.size() > Schedules.MAX_INSTALLMENTS) {
            throw new InvalidInputException("parts", parts.size(), Schedules.COUNT_EXPECTED);
        }
    }

    /**
     * Computes one installment per part.
     *
     * @throws InvalidInputException as {@link PaymentTerms#dueSchedule} describes, and if a part
     *     falls due before the part listed ahead of it
     */
    @Override
    public DueSchedule dueSchedule(
            LocalDate invoiceDate,
            MonetaryAmount receivable,
            BusinessCalendar calendar,
            RoundingMode rounding) {
        MinorAmount total = Schedules.checkArguments(invoiceDate, receivable, calendar, rounding);
        List<MinorAmount> amounts = MinorAllocator.splitEqually(total, parts.size(), rounding);
        return Schedules.planSchedule(this, invoiceDate, parts, amounts, rounding);
    }

    @Override
    public String toNotation() {
        StringJoiner notation = new StringJoiner("; ");
        for (SinglePaymentTerms part : parts) {
            notation.add("EQUAL " + part.toNotation());
        }
        return notation.toString();
    }
}
