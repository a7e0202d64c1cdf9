package io.github.tahsilat.service.account;

import io.github.tahsilat.ledger.CreditSourceKind;
import java.util.Objects;
import java.util.UUID;
import javax.money.MonetaryAmount;

/**
 * The part of a refund, or of a set-off against credit, taken from one source of unapplied credit.
 * Immutable and thread-safe.
 *
 * @param sourceId the id of the payment, credit document or cleared instrument whose credit was
 *     used
 * @param kind the kind of that source
 * @param amount the part taken from that source, greater than zero
 */
public record RefundedCredit(UUID sourceId, CreditSourceKind kind, MonetaryAmount amount) {

    /**
     * Checks that every part is present.
     *
     * @throws NullPointerException if a part is {@code null}
     */
    public RefundedCredit {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(amount, "amount");
    }
}
