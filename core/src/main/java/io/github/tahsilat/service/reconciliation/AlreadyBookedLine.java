package io.github.tahsilat.service.reconciliation;

import io.github.tahsilat.internal.input.InputChecks;
import io.github.tahsilat.reconciliation.BankEntryKey;
import io.github.tahsilat.reconciliation.BankLine;

/**
 * A bank line that an earlier import booked, reversed or ignored, or that appears twice in this
 * one, so that this import left it alone. Immutable and thread-safe.
 *
 * @param key the line's idempotency key
 * @param line the bank line
 * @param reason what booked it before, such as the statement and the payment
 */
public record AlreadyBookedLine(BankEntryKey key, BankLine line, String reason) {

    /** Checks that every part is present. */
    public AlreadyBookedLine {
        InputChecks.present(key, "key", "the line's key");
        InputChecks.present(line, "line", "the bank line");
        InputChecks.present(reason, "reason", "the reason");
    }
}
