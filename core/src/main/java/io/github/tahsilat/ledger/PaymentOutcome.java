package io.github.tahsilat.ledger;

import io.github.tahsilat.allocation.AllocationResult;
import io.github.tahsilat.payment.Payment;
import java.util.Objects;

/**
 * The result of recording a payment.
 *
 * @param ledger the ledger after the payment; the same ledger when {@code repeated}
 * @param payment the payment as first recorded under its idempotency key
 * @param allocation how the payment was allocated
 * @param repeated {@code true} if the idempotency key was already recorded with the same content,
 *     so nothing was recorded again
 */
public record PaymentOutcome(
        CounterpartyLedger ledger, Payment payment, AllocationResult allocation, boolean repeated) {

    /** Checks that every component is present. */
    public PaymentOutcome {
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(payment, "payment");
        Objects.requireNonNull(allocation, "allocation");
    }
}
