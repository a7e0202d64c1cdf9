package io.github.tahsilat.allocation;

/** The rule that spreads money over open items beyond the payer's designations. */
public enum AllocationMethod {
    /**
     * Item by item in due order: by installment due date, then invoice id, then installment number.
     * Designated invoices come first, their installments in schedule order.
     */
    OLDEST_FIRST,
    /**
     * In proportion to the outstanding amounts of the designated items, never more than an item's
     * outstanding amount. Requires at least one designation, and grants no early-payment discount.
     */
    PRO_RATA
}
