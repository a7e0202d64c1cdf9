package io.github.tahsilat.service.payment;

import io.github.tahsilat.allocation.AllocationResult;
import io.github.tahsilat.payment.Payment;
import java.util.Objects;

/**
 * The result of recording a payment through the engine.
 *
 * @param payment the payment as first recorded under its idempotency key
 * @param allocation how it was allocated
 * @param repeated {@code true} if an earlier request with the same key and content recorded it, so
 *     nothing was written now
 */
public record PaymentReceipt(Payment payment, AllocationResult allocation, boolean repeated) {

    /** Checks that every part is present. */
    public PaymentReceipt {
        Objects.requireNonNull(payment, "payment");
        Objects.requireNonNull(allocation, "allocation");
    }
}
