package io.github.tahsilat.fx;

/** Whether an exchange difference is taken to include VAT when it is invoiced. */
public enum VatBasis {
    /** The difference is the gross amount; the net is the difference less the VAT it contains. */
    INCLUSIVE,
    /** The difference is the net amount; VAT is added on top. */
    EXCLUSIVE
}
