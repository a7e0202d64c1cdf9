/**
 * Matching bank lines to open items: which invoice does each incoming payment pay?
 *
 * <p>A host fills an {@link io.github.tahsilat.reconciliation.OpenItemIndex} with its open items
 * and keeps it current. A {@link io.github.tahsilat.reconciliation.BankLineMatcher} runs ordered,
 * replaceable {@link io.github.tahsilat.reconciliation.MatchRule}s over each {@link
 * io.github.tahsilat.reconciliation.BankLine} of a statement and returns a {@link
 * io.github.tahsilat.reconciliation.MatchResult}: scored, explained proposals (automatic or
 * suggested), reversals, unmatched lines with suggestions, and the bank's charges. An amount alone
 * never makes a proposal automatic. A {@link io.github.tahsilat.reconciliation.BankEntryKey} makes
 * every entry book once, even when a notification and then a statement report it. The {@link
 * io.github.tahsilat.reconciliation.ProposalApplier} interface is what the booking side implements.
 *
 * <p>A host that keeps its open items in arrays fills a {@link
 * io.github.tahsilat.reconciliation.CompactOpenItemIndex} by slot number instead, and a {@link
 * io.github.tahsilat.reconciliation.CompactBankLineMatcher} matches {@link
 * io.github.tahsilat.reconciliation.CompactBankLines} by payment reference or invoice number, by
 * payer name and exact amount, or by amount alone, with the same scores. Its result builds amounts
 * and explanations when read, and names the lines that only {@code BankLineMatcher} can decide.
 *
 * <p>Nothing here reads files: a bank-statement reader maps its entries to {@code BankLine}s.
 */
package io.github.tahsilat.reconciliation;
