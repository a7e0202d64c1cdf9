/**
 * The counterparty ledger (cari hesap): every change to what a counterparty owes or is owed, as
 * dated, append-only entries, with the open items and unapplied credit they leave.
 *
 * <p>{@link io.github.tahsilat.ledger.CounterpartyLedger} is an immutable value per company,
 * counterparty and currency. Each operation returns the next ledger and appends its entries; a
 * correction is a new entry, never an edit. Balances and statements are taken as of a value date,
 * and optionally as known at an instant, from the entries alone.
 */
package io.github.tahsilat.ledger;
