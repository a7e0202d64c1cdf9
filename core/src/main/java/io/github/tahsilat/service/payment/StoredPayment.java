package io.github.tahsilat.service.payment;

import io.github.tahsilat.payment.Payment;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * A payment as stored, with what is left of it and whether it was reversed.
 *
 * @param payment the payment; its actor is the one that recorded it
 * @param version the stored version
 * @param unapplied the part not applied to invoices
 * @param reversedOn the value date of its reversal, or empty
 */
public record StoredPayment(
        Payment payment, long version, MonetaryAmount unapplied, Optional<LocalDate> reversedOn) {

    /** Checks that every part is present. */
    public StoredPayment {
        Objects.requireNonNull(payment, "payment");
        Objects.requireNonNull(unapplied, "unapplied");
        Objects.requireNonNull(reversedOn, "reversedOn");
    }
}
