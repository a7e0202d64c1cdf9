package io.github.tahsilat.fx;

import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * The result of a payment on a foreign-currency item.
 *
 * <p>Invariant: {@code worth − released = difference.amount()}.
 *
 * @param balance the item after the payment
 * @param worth what the payment is worth in the functional currency at its rate
 * @param released the share of the carrying amount the payment settled
 * @param difference the realized exchange difference
 */
public record FxSettlement(
        ForeignCurrencyBalance balance,
        MonetaryAmount worth,
        MonetaryAmount released,
        ExchangeDifference difference) {

    /** Checks that every component is present. */
    public FxSettlement {
        Objects.requireNonNull(balance, "balance");
        Objects.requireNonNull(worth, "worth");
        Objects.requireNonNull(released, "released");
        Objects.requireNonNull(difference, "difference");
    }
}
