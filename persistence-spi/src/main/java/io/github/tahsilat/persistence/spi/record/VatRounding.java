package io.github.tahsilat.persistence.spi.record;

/** Where a company rounds VAT to the minor unit. */
public enum VatRounding {
    /** Each line's VAT is rounded, and the document's VAT is the sum of the rounded lines. */
    PER_LINE,
    /** The VAT of each rate is computed on the document's summed net amount and rounded once. */
    PER_DOCUMENT
}
