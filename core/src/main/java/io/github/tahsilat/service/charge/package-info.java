/**
 * The charge service of the engine: books fees and late interest on receivables, reads what is
 * still open of them, and records explicit waivers, each in one transaction with its ledger entry
 * and event.
 */
package io.github.tahsilat.service.charge;
