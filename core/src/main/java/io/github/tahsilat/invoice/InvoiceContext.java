package io.github.tahsilat.invoice;

import io.github.tahsilat.calendar.BusinessCalendar;
import io.github.tahsilat.company.VatRounding;
import io.github.tahsilat.error.InvalidInputException;
import jakarta.validation.constraints.NotNull;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The company settings that invoice arithmetic needs: how to round, where to round VAT, which
 * business calendar the payment terms roll on, and the time zone the company's dates are in.
 * Immutable and thread-safe when the calendar is.
 *
 * @param rounding the rounding mode for every amount rounded to the minor unit, such as {@link
 *     RoundingMode#HALF_UP} or {@link RoundingMode#HALF_EVEN}; never {@link
 *     RoundingMode#UNNECESSARY}
 * @param vatRounding whether VAT is rounded per line or per document
 * @param calendar the business calendar passed to the payment terms
 * @param zone the company's time zone, in which "today" and every due date are meant
 */
public record InvoiceContext(
        @NotNull RoundingMode rounding,
        @NotNull VatRounding vatRounding,
        @NotNull BusinessCalendar calendar,
        @NotNull ZoneId zone) {

    /**
     * Checks every field.
     *
     * @throws InvalidInputException if a field is missing or {@code rounding} is {@link
     *     RoundingMode#UNNECESSARY}
     */
    public InvoiceContext {
        if (rounding == null || rounding == RoundingMode.UNNECESSARY) {
            throw new InvalidInputException(
                    "rounding", rounding, "a rounding mode that rounds, such as HALF_UP");
        }
        if (vatRounding == null) {
            throw new InvalidInputException("vatRounding", null, "PER_LINE or PER_DOCUMENT");
        }
        if (calendar == null) {
            throw new InvalidInputException("calendar", null, "a business calendar");
        }
        if (zone == null) {
            throw new InvalidInputException("zone", null, "a time zone such as Europe/Istanbul");
        }
    }

    /** Returns a context with {@link RoundingMode#HALF_UP} and {@link VatRounding#PER_LINE}. */
    public static InvoiceContext of(BusinessCalendar calendar, ZoneId zone) {
        return new InvoiceContext(RoundingMode.HALF_UP, VatRounding.PER_LINE, calendar, zone);
    }

    /** Returns the company's current date: the date {@code clock} shows in {@link #zone()}. */
    public LocalDate asOfDate(Clock clock) {
        return PastDue.asOfDate(clock, zone);
    }
}
