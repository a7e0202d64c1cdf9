/**
 * E-invoice import: {@link io.github.tahsilat.einvoice.EInvoiceReader} reads a UBL 2.1 Invoice or
 * CreditNote (UBL-TR e-Fatura and e-Arşiv, PEPPOL BIS Billing 3.0, EN 16931) into an {@link
 * io.github.tahsilat.einvoice.EInvoice}, and {@link io.github.tahsilat.einvoice.EInvoiceImporter}
 * turns that into a Tahsilat invoice or credit document of one company, with findings for the host
 * to review.
 *
 * <p>Dunning export: {@link io.github.tahsilat.einvoice.ReminderWriter} writes a dunning notice as
 * a UBL 2.1 Reminder, and {@link io.github.tahsilat.einvoice.ReminderReader} reads one back into a
 * {@link io.github.tahsilat.einvoice.Reminder}.
 */
package io.github.tahsilat.einvoice;
