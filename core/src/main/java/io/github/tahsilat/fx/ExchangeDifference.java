package io.github.tahsilat.fx;

import io.github.tahsilat.fx.spi.FxRate;
import java.time.LocalDate;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * An exchange difference in the functional currency. For a receivable, a positive amount is a gain
 * (the item is worth more in the functional currency than it was carried at) and a negative amount
 * a loss; a payable counts the other way round.
 *
 * @param kind realized or unrealized
 * @param date the payment's value date or the revaluation date
 * @param amount the difference in the functional currency, signed
 * @param rate the rate it was measured at
 */
public record ExchangeDifference(
        ExchangeDifferenceKind kind, LocalDate date, MonetaryAmount amount, FxRate rate) {

    /** Checks that every component is present. */
    public ExchangeDifference {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(rate, "rate");
    }
}
