package io.github.tahsilat.service.account;

import io.github.tahsilat.allocation.ItemSettlement;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The result of a set-off. Immutable and thread-safe.
 *
 * @param setOffId the set-off's id
 * @param receivable what it settled on the receivable, by installment; empty when repeated
 * @param payable what it settled on the payable, by installment; empty when repeated
 * @param sources the customer's credit it used, per payment, credit document or cleared instrument
 *     in the order used. The list is empty for a set-off of a receivable against a payable, and
 *     when repeated
 * @param repeated {@code true} if the same request was made before and nothing was written
 */
public record SetOffReceipt(
        UUID setOffId,
        List<ItemSettlement> receivable,
        List<ItemSettlement> payable,
        List<RefundedCredit> sources,
        boolean repeated) {

    /**
     * Checks that every part is present and copies the lists.
     *
     * @throws NullPointerException if a part is {@code null}
     */
    public SetOffReceipt {
        Objects.requireNonNull(setOffId, "setOffId");
        receivable = List.copyOf(receivable);
        payable = List.copyOf(payable);
        sources = List.copyOf(sources);
    }
}
