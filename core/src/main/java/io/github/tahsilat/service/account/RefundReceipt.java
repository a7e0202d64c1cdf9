package io.github.tahsilat.service.account;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import javax.money.MonetaryAmount;

/**
 * The result of a refund. Immutable and thread-safe.
 *
 * @param refundId the refund's id
 * @param amount the amount paid back
 * @param creditLeft the customer's unapplied credit in that currency afterwards, from payments,
 *     credit documents and cleared instruments
 * @param sources the credit paid back, per payment, credit document or cleared instrument in the
 *     order used; empty when repeated
 * @param repeated {@code true} if the same request was made before and nothing was written
 */
public record RefundReceipt(
        UUID refundId,
        MonetaryAmount amount,
        MonetaryAmount creditLeft,
        List<RefundedCredit> sources,
        boolean repeated) {

    /**
     * Checks that every part is present and copies the list.
     *
     * @throws NullPointerException if a part is {@code null}
     */
    public RefundReceipt {
        Objects.requireNonNull(refundId, "refundId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(creditLeft, "creditLeft");
        sources = List.copyOf(sources);
    }
}
