package io.github.tahsilat.internal.persistence;

import io.github.tahsilat.internal.money.MinorAmount;
import java.util.Objects;
import javax.money.CurrencyUnit;

/**
 * The part of one installment that uncleared instruments cover provisionally: the fee, interest and
 * principal their allocations took, the principal including any discount.
 *
 * @param fee the covered fee
 * @param interest the covered interest
 * @param principal the covered principal and discount
 */
public record Coverage(MinorAmount fee, MinorAmount interest, MinorAmount principal) {

    /** Checks that every part is present. */
    public Coverage {
        Objects.requireNonNull(fee, "fee");
        Objects.requireNonNull(interest, "interest");
        Objects.requireNonNull(principal, "principal");
    }

    /** Returns a coverage of nothing. */
    public static Coverage zero(CurrencyUnit currency) {
        MinorAmount zero = MinorAmount.zero(currency);
        return new Coverage(zero, zero, zero);
    }

    /** Returns the sum of both coverages. */
    public Coverage plus(Coverage other) {
        return new Coverage(
                fee.plus(other.fee),
                interest.plus(other.interest),
                principal.plus(other.principal));
    }
}
