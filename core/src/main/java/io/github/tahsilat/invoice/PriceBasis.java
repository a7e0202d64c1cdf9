package io.github.tahsilat.invoice;

/** Whether the unit prices of a document's lines include VAT. */
public enum PriceBasis {
    /**
     * Unit prices exclude VAT. Each line's net amount is exact up to one rounding to the minor
     * unit, and VAT is computed on top of it.
     */
    VAT_EXCLUSIVE,
    /**
     * Unit prices include VAT. Each line's gross amount is exact up to one rounding to the minor
     * unit, and the net amount is derived from it as {@code gross / (1 + rate / 100)}, rounded
     * once; the VAT is the difference, so net plus VAT is always exactly the gross.
     */
    VAT_INCLUSIVE
}
