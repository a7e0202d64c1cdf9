/**
 * Invoices and credit documents: lines, VAT per rate, Turkish VAT withholding, totals, the amount
 * receivable, the due schedule, and the status of each open item.
 *
 * <p>Build an {@link io.github.tahsilat.invoice.Invoice} with its builder and an {@link
 * io.github.tahsilat.invoice.InvoiceContext} that carries the company's rounding settings, calendar
 * and time zone. Settlements and credit documents are applied through {@link
 * io.github.tahsilat.invoice.Invoice#applySettlement} and {@link
 * io.github.tahsilat.invoice.Invoice#applyCredit}, which never take the outstanding amount below
 * zero. Every type here is immutable.
 */
package io.github.tahsilat.invoice;
