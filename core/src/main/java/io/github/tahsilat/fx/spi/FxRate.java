package io.github.tahsilat.fx.spi;

import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.input.InputChecks;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.time.LocalDate;
import javax.money.CurrencyUnit;

/**
 * The price of one unit of {@code base} in {@code term} on a date: 5.0000 THB per CNY has base CNY,
 * term THB and factor 5.0000. The factor keeps its own scale; amounts converted with it are rounded
 * to the term currency's minor unit.
 *
 * @param base the currency converted from
 * @param term the currency converted to
 * @param factor the units of {@code term} per unit of {@code base}, greater than zero
 * @param date the date the rate applies to
 */
public record FxRate(
        @NotNull CurrencyUnit base,
        @NotNull CurrencyUnit term,
        @NotNull @Positive BigDecimal factor,
        @NotNull LocalDate date) {

    /**
     * Checks the components.
     *
     * @throws InvalidInputException if a component is missing, the factor is not greater than zero,
     *     or the two currencies are the same
     */
    public FxRate {
        InputChecks.present(base, "base", "the currency converted from");
        InputChecks.present(term, "term", "the currency converted to");
        InputChecks.present(factor, "factor", "a rate greater than zero");
        InputChecks.present(date, "date", "the date of the rate");
        if (factor.signum() <= 0) {
            throw new InvalidInputException("factor", factor, "a rate greater than zero");
        }
        if (base.equals(term)) {
            throw new InvalidInputException(
                    "term", term, "a currency other than the base " + base.getCurrencyCode());
        }
    }
}
