/**
 * Reads the element tree of a UBL 2.1 Invoice, CreditNote or Reminder into the e-invoice model, and
 * writes a dunning notice as a UBL 2.1 Reminder.
 */
package io.github.tahsilat.einvoice.internal.ubl;
