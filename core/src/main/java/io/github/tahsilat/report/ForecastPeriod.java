package io.github.tahsilat.report;

import io.github.tahsilat.internal.input.InputChecks;
import java.time.LocalDate;
import javax.money.MonetaryAmount;

/**
 * The cash expected in one period of a forecast, by due date and moved by observed lateness.
 *
 * @param start the first day of the period
 * @param end the last day of the period, inclusive
 * @param byDueDate what falls due in the period
 * @param byLateness what falls due in the period once each due date is moved by the counterparty's
 *     average lateness
 */
public record ForecastPeriod(
        LocalDate start, LocalDate end, MonetaryAmount byDueDate, MonetaryAmount byLateness) {

    /**
     * Checks that every component is present.
     *
     * @throws io.github.tahsilat.error.InvalidInputException if a component is missing
     */
    public ForecastPeriod {
        InputChecks.present(start, "start", "the first day");
        InputChecks.present(end, "end", "the last day");
        InputChecks.present(byDueDate, "byDueDate", "an amount");
        InputChecks.present(byLateness, "byLateness", "an amount");
    }
}
