package io.github.tahsilat.einvoice;

import java.time.LocalDate;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * A payment that the document reports as already made, for the host to record against the imported
 * item.
 *
 * @param amount the amount, rounded to the currency's minor unit
 * @param date the payment date: the printed received or paid date, else the document's issue date
 * @param datePrinted {@code true} if {@code date} was printed for the payment, {@code false} if it
 *     is the issue date standing in for it
 */
public record PaymentToRecord(MonetaryAmount amount, LocalDate date, boolean datePrinted) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if {@code amount} or {@code date} is {@code null}
     */
    public PaymentToRecord {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(date, "date");
    }
}
