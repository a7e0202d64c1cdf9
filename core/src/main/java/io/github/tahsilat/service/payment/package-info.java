/**
 * The payment service of the engine: records payments, allocates them to the counterparty's open
 * invoices and books them in the counterparty ledger, in one transaction with their events.
 */
package io.github.tahsilat.service.payment;
