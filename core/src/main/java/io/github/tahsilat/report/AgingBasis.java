package io.github.tahsilat.report;

/** The date an item's age counts from. */
public enum AgingBasis {
    /** Days past the due date of each installment, fee or interest charge (the default). */
    DUE_DATE,
    /** Days since the invoice's issue date; fees and interest count from their value date. */
    INVOICE_DATE
}
