package io.github.tahsilat.fx;

import java.util.Objects;

/**
 * The result of revaluing a foreign-currency item.
 *
 * @param balance the item with its revalued carrying amount
 * @param difference the unrealized exchange difference: the new carrying amount less the old
 */
public record FxRevaluation(ForeignCurrencyBalance balance, ExchangeDifference difference) {

    /** Checks that both components are present. */
    public FxRevaluation {
        Objects.requireNonNull(balance, "balance");
        Objects.requireNonNull(difference, "difference");
    }
}
