package io.github.tahsilat.allocation;

import java.util.List;

/**
 * The order in which a payment settles the components of one item. The order chosen is recorded
 * with every {@link ItemSettlement}.
 */
public enum ComponentOrder {
    /**
     * Costs, then interest, then principal. German BGB §367(1) applies a payment in this order, and
     * Turkish TBK art. 100 bars a debtor in arrears on interest or costs from applying a partial
     * payment to the principal first.
     */
    COSTS_INTEREST_PRINCIPAL(
            List.of(ItemComponent.FEE, ItemComponent.INTEREST, ItemComponent.PRINCIPAL)),
    /** Interest, then costs, then principal. */
    INTEREST_COSTS_PRINCIPAL(
            List.of(ItemComponent.INTEREST, ItemComponent.FEE, ItemComponent.PRINCIPAL)),
    /** Principal, then interest, then costs, as a payer who designates the invoice amount asks. */
    PRINCIPAL_FIRST(List.of(ItemComponent.PRINCIPAL, ItemComponent.INTEREST, ItemComponent.FEE));

    private final List<ItemComponent> sequence;

    ComponentOrder(List<ItemComponent> sequence) {
        this.sequence = sequence;
    }

    /** Returns the three components in settlement order. */
    public List<ItemComponent> sequence() {
        return sequence;
    }
}
