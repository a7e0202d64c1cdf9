package io.github.tahsilat.report;

import io.github.tahsilat.internal.input.InputChecks;
import javax.money.MonetaryAmount;

/**
 * How far a forecast was from what happened, per period on average.
 *
 * @param dueDateMae the mean absolute error of the forecast by due date
 * @param dueDateBias the mean of forecast less actual by due date, positive when it expected too
 *     much too early
 * @param latenessMae the mean absolute error of the forecast moved by lateness
 * @param latenessBias the mean of forecast less actual moved by lateness
 */
public record ForecastError(
        MonetaryAmount dueDateMae,
        MonetaryAmount dueDateBias,
        MonetaryAmount latenessMae,
        MonetaryAmount latenessBias) {

    /**
     * Checks that every component is present.
     *
     * @throws io.github.tahsilat.error.InvalidInputException if a component is missing
     */
    public ForecastError {
        InputChecks.present(dueDateMae, "dueDateMae", "an amount");
        InputChecks.present(dueDateBias, "dueDateBias", "an amount");
        InputChecks.present(latenessMae, "latenessMae", "an amount");
        InputChecks.present(latenessBias, "latenessBias", "an amount");
    }
}
