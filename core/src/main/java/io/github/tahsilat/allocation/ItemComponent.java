package io.github.tahsilat.allocation;

/** A part of an open item's receivable that a payment can settle on its own. */
public enum ItemComponent {
    /** Costs charged to the counterparty, such as a dunning fee or a returned-cheque fee. */
    FEE,
    /** Default interest charged on the overdue principal. */
    INTEREST,
    /** The invoice amount itself. */
    PRINCIPAL
}
