/**
 * Maps the e-invoice model onto Tahsilat's invoices and credit documents: lines, printed totals,
 * the comparison with the computed totals, and the findings. Not exported.
 */
package io.github.tahsilat.einvoice.internal.mapping;
