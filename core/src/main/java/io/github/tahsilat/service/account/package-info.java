/**
 * The account service of the engine: pays a customer's unapplied credit back and sets a receivable
 * off against a payable of the same counterparty, each in one transaction with its ledger entries
 * and event.
 */
package io.github.tahsilat.service.account;
