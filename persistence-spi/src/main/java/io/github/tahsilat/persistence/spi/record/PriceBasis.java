package io.github.tahsilat.persistence.spi.record;

/** Whether the unit prices of a document's lines include VAT. */
public enum PriceBasis {
    /** Unit prices exclude VAT; VAT is computed on top of each line's net amount. */
    VAT_EXCLUSIVE,
    /** Unit prices include VAT; the net amount is derived from each line's gross amount. */
    VAT_INCLUSIVE
}
