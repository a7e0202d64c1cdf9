package io.github.tahsilat.company;

/**
 * Where VAT is rounded to the currency's minor unit, a company setting.
 *
 * <p>The two give different totals by up to a few minor units on invoices with many lines, and both
 * are legal in practice: UBL-TR documents carry a rounded tax amount per line, while many ERPs
 * round once per VAT rate on the document.
 */
public enum VatRounding {
    /** Each line's VAT is rounded, and the document's VAT per rate is the sum of its lines. */
    PER_LINE,
    /** The unrounded VAT of the lines is summed per rate, and each rate's sum is rounded once. */
    PER_DOCUMENT
}
