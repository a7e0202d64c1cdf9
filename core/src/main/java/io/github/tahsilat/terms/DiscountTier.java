package io.github.tahsilat.terms;

import io.github.tahsilat.error.InvalidInputException;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One early-payment discount: a percentage off for payment within a number of days of the invoice
 * date. Notation: {@code 2/10} for 2 % within 10 days.
 *
 * <p>The last day is inclusive: under {@code 2/10}, an invoice of 2025-03-01 earns the discount
 * when paid on or before 2025-03-11. The percentage is stored without trailing zeros, so {@code
 * 2.0} and {@code 2} make equal tiers.
 *
 * @param percent the discount in percent, above 0 and below 100
 * @param days the days after the invoice date on which the discount ends, from 0 to 3660
 */
public record DiscountTier(
        @NotNull
                @DecimalMin(value = "0", inclusive = false)
                @DecimalMax(value = "100", inclusive = false)
                BigDecimal percent,
        @Min(0) @Max(3660) int days) {

    /** Text describing the allowed discount percentages. */
    static final String PERCENT_EXPECTED = "a discount percentage above 0 and below 100";

    /**
     * Checks both fields and strips trailing zeros from the percentage.
     *
     * @throws NullPointerException if {@code percent} is {@code null}
     * @throws InvalidInputException if {@code percent} is not above 0 and below 100, or {@code
     *     days} is below 0 or above 3660
     */
    public DiscountTier {
        Objects.requireNonNull(percent, "percent");
        if (!Schedules.isPercentBetweenZeroAndHundred(percent)) {
            throw new InvalidInputException("percent", percent.toPlainString(), PERCENT_EXPECTED);
        }
        Schedules.requireDays("days", days);
        percent = Schedules.normalize(percent);
    }

    /** Returns the last day, inclusive, on which a payment earns this discount. */
    public LocalDate lastDay(LocalDate invoiceDate) {
        return invoiceDate.plusDays(days);
    }

    /** Returns the notation, for example {@code 2/10} or {@code 1.5/15}. */
    public String toNotation() {
        return percent.toPlainString() + "/" + days;
    }
}
