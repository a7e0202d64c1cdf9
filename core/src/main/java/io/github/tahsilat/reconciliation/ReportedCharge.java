package io.github.tahsilat.reconciliation;

import io.github.tahsilat.internal.input.InputChecks;
import javax.money.MonetaryAmount;

/**
 * Fees the company's bank deducted from a bank entry, reported apart from the customer's payment so
 * that the host books them as a bank expense. Immutable and thread-safe.
 *
 * @param key the line's idempotency key
 * @param amount the total of the line's charges, greater than zero
 */
public record ReportedCharge(BankEntryKey key, MonetaryAmount amount) {

    /** Checks that both parts are present. */
    public ReportedCharge {
        InputChecks.present(key, "key", "the line's key");
        InputChecks.present(amount, "amount", "the charges");
    }
}
