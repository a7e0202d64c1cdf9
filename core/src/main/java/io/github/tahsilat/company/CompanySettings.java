package io.github.tahsilat.company;

import io.github.tahsilat.calendar.BusinessCalendar;
import io.github.tahsilat.calendar.HolidayCalendar;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.input.InputChecks;
import jakarta.validation.constraints.NotNull;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.util.Set;
import javax.money.CurrencyUnit;

/**
 * The settings of a company that every calculation in its books uses.
 *
 * <p>Only {@link RoundingMode#HALF_UP} (commercial rounding) and {@link RoundingMode#HALF_EVEN}
 * (banker's rounding) are allowed. {@code UP}, {@code DOWN}, {@code CEILING} and {@code FLOOR} move
 * every inexact amount in one direction, {@code HALF_DOWN} rounds ties down, and {@code
 * UNNECESSARY} throws on the first amount with more decimals than its currency. Bean Validation has
 * no standard constraint for this rule, so only the constructor checks it.
 *
 * <p>Immutable and thread-safe when the calendar is, as {@link BusinessCalendar} requires.
 *
 * @param functionalCurrency the currency of the company's books, never {@code null}
 * @param zone the business time zone, in which "today" and every due date are taken, never {@code
 *     null}
 * @param roundingMode the rounding mode to the currency's minor unit, {@code HALF_UP} or {@code
 *     HALF_EVEN}
 * @param vatRounding where VAT is rounded, never {@code null}
 * @param calendar the business calendar for business-day rolls, never {@code null}
 */
public record CompanySettings(
        @NotNull CurrencyUnit functionalCurrency,
        @NotNull ZoneId zone,
        @NotNull RoundingMode roundingMode,
        @NotNull VatRounding vatRounding,
        @NotNull BusinessCalendar calendar) {

    /** The rounding modes a company may choose. */
    public static final Set<RoundingMode> ALLOWED_ROUNDING_MODES =
            Set.of(RoundingMode.HALF_UP, RoundingMode.HALF_EVEN);

    /**
     * Checks that every setting is present and that the rounding mode is allowed.
     *
     * @throws InvalidInputException if any argument is {@code null}, or {@code roundingMode} is
     *     neither {@code HALF_UP} nor {@code HALF_EVEN}
     */
    public CompanySettings {
        InputChecks.present(functionalCurrency, "functionalCurrency", "an ISO 4217 currency");
        InputChecks.present(zone, "zone", "a time zone such as Europe/Istanbul");
        InputChecks.present(roundingMode, "roundingMode", "HALF_UP or HALF_EVEN");
        InputChecks.present(vatRounding, "vatRounding", "PER_LINE or PER_DOCUMENT");
        InputChecks.present(calendar, "calendar", "a business calendar");
        if (!ALLOWED_ROUNDING_MODES.contains(roundingMode)) {
            throw new InvalidInputException("roundingMode", roundingMode, "HALF_UP or HALF_EVEN");
        }
    }

    /**
     * Creates the default settings for a currency and zone: {@code HALF_UP} rounding, VAT rounded
     * {@link VatRounding#PER_LINE per line} as UBL-TR invoices carry it, and a calendar whose only
     * non-business days are Saturdays and Sundays.
     *
     * @throws InvalidInputException if either argument is {@code null}
     */
    public static CompanySettings of(CurrencyUnit functionalCurrency, ZoneId zone) {
        return new CompanySettings(
                functionalCurrency,
                zone,
                RoundingMode.HALF_UP,
                VatRounding.PER_LINE,
                HolidayCalendar.weekendsOnly());
    }

    /**
     * Returns a copy with another rounding mode.
     *
     * @throws InvalidInputException if {@code mode} is {@code null} or not allowed
     */
    public CompanySettings withRoundingMode(RoundingMode mode) {
        return new CompanySettings(functionalCurrency, zone, mode, vatRounding, calendar);
    }

    /**
     * Returns a copy with another VAT rounding.
     *
     * @throws InvalidInputException if {@code rounding} is {@code null}
     */
    public CompanySettings withVatRounding(VatRounding rounding) {
        return new CompanySettings(functionalCurrency, zone, roundingMode, rounding, calendar);
    }

    /**
     * Returns a copy with another business calendar.
     *
     * @throws InvalidInputException if {@code businessCalendar} is {@code null}
     */
    public CompanySettings withCalendar(BusinessCalendar businessCalendar) {
        return new CompanySettings(
                functionalCurrency, zone, roundingMode, vatRounding, businessCalendar);
    }
}
