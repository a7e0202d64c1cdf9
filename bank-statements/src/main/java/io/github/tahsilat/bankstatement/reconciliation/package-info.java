/**
 * Maps statement entries to core's {@link io.github.tahsilat.reconciliation.BankLine}, so that
 * core's matcher reconciles lines from camt and MT940 files without knowing either format.
 */
package io.github.tahsilat.bankstatement.reconciliation;
