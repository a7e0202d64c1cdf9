/**
 * Invoices and credit documents: lines, VAT per rate, withholding, totals, the amount receivable,
 * the due schedule and the status of each open item.
 */
package io.github.tahsilat.invoice;
