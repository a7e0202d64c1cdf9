package io.github.tahsilat.internal.persistence;

import io.github.tahsilat.payment.PaymentId;
import java.util.Optional;

/**
 * A stored bank entry of an account with its amount, as the services read it to compare entries of
 * one day.
 *
 * @param entryKey the key it is stored under: its reference key, or its content key when the bank
 *     gave no reference
 * @param statementId the statement or notification that carried it
 * @param decision what booking decided
 * @param paymentId the payment it produced or reversed, empty when it was ignored
 * @param amountMinor the signed amount in minor units of {@code currency}
 * @param currency the ISO 4217 code of the amount
 * @param endToEndId the payer's end-to-end id, or empty
 */
public record AccountEntry(
        String entryKey,
        String statementId,
        BookedEntry.Decision decision,
        Optional<PaymentId> paymentId,
        long amountMinor,
        String currency,
        Optional<String> endToEndId) {}
