package io.github.tahsilat.internal.persistence;

import io.github.tahsilat.allocation.ItemComponent;
import io.github.tahsilat.internal.money.MinorAmount;
import java.util.Objects;
import javax.money.CurrencyUnit;

/**
 * The fee and interest still open on one invoice, in its currency.
 *
 * @param fee the open costs, such as dunning fees; zero or more
 * @param interest the open late interest; zero or more
 */
public record ChargeBalance(MinorAmount fee, MinorAmount interest) {

    /** Checks that both amounts are present and in one currency. */
    public ChargeBalance {
        Objects.requireNonNull(fee, "fee");
        Objects.requireNonNull(interest, "interest");
        fee.requireSameCurrency("combine", interest);
    }

    /** Returns a balance with nothing open. */
    public static ChargeBalance zero(CurrencyUnit currency) {
        MinorAmount zero = MinorAmount.zero(currency);
        return new ChargeBalance(zero, zero);
    }

    /** Returns the fee and interest together. */
    public MinorAmount total() {
        return fee.plus(interest);
    }

    /** Returns the open amount of {@code component}, which is {@code FEE} or {@code INTEREST}. */
    public MinorAmount of(ItemComponent component) {
        return component == ItemComponent.FEE ? fee : interest;
    }

    /** Returns this balance with {@code change} added to {@code component}. */
    ChargeBalance plus(ItemComponent component, MinorAmount change) {
        return component == ItemComponent.FEE
                ? new ChargeBalance(fee.plus(change), interest)
                : new ChargeBalance(fee, interest.plus(change));
    }
}
