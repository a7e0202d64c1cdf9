package io.github.tahsilat.interest;

import io.github.tahsilat.internal.input.InputChecks;
import io.github.tahsilat.internal.number.Decimals;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One row of a {@link RateTable}: a yearly rate in percent, valid from a date until the next row's
 * date.
 *
 * @param validFrom the first day on which the rate applies, never {@code null}
 * @param annualPercent the yearly rate in percent, for example {@code 12} for 12 % a year; may be
 *     negative (a reference rate below zero), never {@code null}; kept without trailing zeros, so
 *     {@code 12.00} and {@code 12} make equal entries
 */
public record RateEntry(@NotNull LocalDate validFrom, @NotNull BigDecimal annualPercent) {

    /**
     * Checks that both fields are present and strips trailing zeros from the rate.
     *
     * @throws io.github.tahsilat.error.InvalidInputException if either argument is {@code null}
     */
    public RateEntry {
        InputChecks.present(validFrom, "validFrom", "the first day the rate applies");
        InputChecks.present(annualPercent, "annualPercent", "a yearly rate in percent");
        annualPercent = Decimals.canonical(annualPercent);
    }
}
