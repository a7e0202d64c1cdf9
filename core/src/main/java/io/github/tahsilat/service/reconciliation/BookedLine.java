package io.github.tahsilat.service.reconciliation;

import io.github.tahsilat.internal.input.InputChecks;
import io.github.tahsilat.payment.PaymentId;
import io.github.tahsilat.reconciliation.BankEntryKey;
import io.github.tahsilat.reconciliation.BankLine;

/**
 * A bank line that this import booked. Immutable and thread-safe.
 *
 * @param key the line's idempotency key
 * @param line the bank line
 * @param kind whether it was booked as a payment or as a reversal
 * @param paymentId the payment recorded, or the payment reversed
 * @param reason why it was booked without a person, such as the score and the rules that fired
 */
public record BookedLine(
        BankEntryKey key, BankLine line, BookingKind kind, PaymentId paymentId, String reason) {

    /** Checks that every part is present. */
    public BookedLine {
        InputChecks.present(key, "key", "the line's key");
        InputChecks.present(line, "line", "the bank line");
        InputChecks.present(kind, "kind", "PAYMENT or REVERSAL");
        InputChecks.present(paymentId, "paymentId", "the payment");
        InputChecks.present(reason, "reason", "the reason");
    }
}
