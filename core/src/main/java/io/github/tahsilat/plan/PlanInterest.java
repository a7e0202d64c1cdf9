package io.github.tahsilat.plan;

import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.interest.DayCount;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/**
 * Simple interest that a payment plan adds to the amount it spreads over installments. Each
 * installment's share of that amount bears interest from the plan date to the installment's due
 * date: {@code share × rate / 100 × dayCount.yearFraction(planDate, dueDate)}, rounded to the minor
 * unit per installment with the company's rounding mode. The down payment bears none. Immutable and
 * thread-safe.
 *
 * @param annualRatePercent the yearly rate in percent, for example {@code 24} for 24 %; from 0 to
 *     1000
 * @param dayCount the day-count convention of the year fraction
 */
public record PlanInterest(
        @NotNull @DecimalMin("0") @DecimalMax("1000") BigDecimal annualRatePercent,
        @NotNull DayCount dayCount) {

    private static final BigDecimal MAX_RATE = BigDecimal.valueOf(1000);

    /**
     * Checks the components.
     *
     * @throws InvalidInputException if a component is {@code null} or the rate is below 0 or above
     *     1000
     */
    public PlanInterest {
        if (annualRatePercent == null
                || annualRatePercent.signum() < 0
                || annualRatePercent.compareTo(MAX_RATE) > 0) {
            throw new InvalidInputException(
                    "annualRatePercent", annualRatePercent, "a yearly rate from 0 to 1000 percent");
        }
        if (dayCount == null) {
            throw new InvalidInputException(
                    "dayCount", null, "a day-count convention such as DayCount.ACTUAL_365_FIXED");
        }
    }
}
