/**
 * E-invoice import: {@link io.github.tahsilat.einvoice.EInvoiceReader} reads a UBL 2.1 Invoice or
 * CreditNote (UBL-TR e-Fatura and e-Arşiv, PEPPOL BIS Billing 3.0, EN 16931) into an {@link
 * io.github.tahsilat.einvoice.EInvoice}, and {@link io.github.tahsilat.einvoice.EInvoiceImporter}
 * turns that into a Tahsilat invoice or credit document of one company, with findings for the host
 * to review.
 */
package io.github.tahsilat.einvoice;
