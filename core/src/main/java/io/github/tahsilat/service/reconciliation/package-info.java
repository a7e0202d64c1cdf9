/**
 * The booking side of bank reconciliation: imports one statement's bank lines, matches them against
 * the company's open receivables, books the sure matches as payments and reverses returned ones,
 * each bank entry once. Get the service from {@link
 * io.github.tahsilat.engine.Tahsilat#reconciliation()}.
 */
package io.github.tahsilat.service.reconciliation;
