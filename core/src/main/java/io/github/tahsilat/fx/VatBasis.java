package io.github.tahsilat.fx;

/**
 * Whether a charged amount, an exchange difference or a dunning fee or interest, is taken to
 * include VAT when it is invoiced.
 */
public enum VatBasis {
    /** The amount is the gross, so the net is the amount less the VAT it contains. */
    INCLUSIVE,
    /** The amount is the net, and VAT is added on top. */
    EXCLUSIVE
}
