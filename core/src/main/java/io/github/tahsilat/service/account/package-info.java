/**
 * The account service of the engine: pays a customer's unapplied credit back, in one transaction
 * with its ledger entry and event.
 */
package io.github.tahsilat.service.account;
