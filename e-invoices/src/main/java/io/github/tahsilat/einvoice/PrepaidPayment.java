package io.github.tahsilat.einvoice;

import java.time.LocalDate;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * One {@code cac:PrepaidPayment}: a payment made before the document was issued.
 *
 * @param id the payment's id, or {@code null}
 * @param paidAmount the amount paid
 * @param receivedDate the date the payee received it, or {@code null}
 * @param paidDate the date the payer paid it, or {@code null}
 */
public record PrepaidPayment(
        String id, MonetaryAmount paidAmount, LocalDate receivedDate, LocalDate paidDate) {

    /**
     * Checks the amount.
     *
     * @throws NullPointerException if {@code paidAmount} is {@code null}
     */
    public PrepaidPayment {
        Objects.requireNonNull(paidAmount, "paidAmount");
    }
}
