package io.github.tahsilat.reconciliation;

import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.input.InputChecks;
import io.github.tahsilat.invoice.InvoiceId;
import java.util.List;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * A returned or reversed bank entry, proposed as the reversal of an earlier payment: a line that
 * the bank marks as a reversal, or money that left the receivables account. The booking side finds
 * the payment by {@code endToEndId} or, failing that, among the payments of {@code
 * referencedItems}, and reverses it. Immutable and thread-safe.
 *
 * @param key the line's idempotency key
 * @param line the bank line
 * @param amount the amount to reverse, greater than zero: the line's {@link BankLine#grossAmount()
 *     gross amount} without its sign, so -105.00 with a charge of 5.00 reverses 100.00
 * @param endToEndId the end-to-end id of the original payment, which a return carries, or empty
 * @param referencedItems the invoices the line's reference or text names, in index order
 * @param explanation the reasons the rules gave for those items
 */
public record ReversalProposal(
        BankEntryKey key,
        BankLine line,
        MonetaryAmount amount,
        Optional<String> endToEndId,
        List<InvoiceId> referencedItems,
        List<MatchReason> explanation) {

    /**
     * Checks every part and copies the lists.
     *
     * @throws InvalidInputException if {@code key}, {@code line}, {@code amount} or {@code
     *     endToEndId} is {@code null}, or {@code amount} is not greater than zero
     */
    public ReversalProposal {
        InputChecks.present(key, "key", "the line's key");
        InputChecks.present(line, "line", "the bank line");
        InputChecks.present(amount, "amount", "the amount to reverse");
        if (!amount.isPositive()) {
            throw new InvalidInputException(
                    "amount", amount, "the returned payment without its sign, greater than zero");
        }
        InputChecks.present(endToEndId, "endToEndId", "an id or Optional.empty()");
        referencedItems = List.copyOf(referencedItems);
        explanation = List.copyOf(explanation);
    }
}
