/** Reads the element tree of a UBL 2.1 Invoice or CreditNote into the e-invoice model. */
package io.github.tahsilat.einvoice.internal.ubl;
