package io.github.tahsilat.service.payment;

import io.github.tahsilat.fx.ExchangeDifferenceInvoice;
import io.github.tahsilat.service.fx.ItemExchangeDifference;
import java.util.List;
import java.util.Objects;

/**
 * The result of a payment in a foreign currency: the payment's receipt, the realized exchange
 * difference it booked on each foreign-currency item it settled, and the exchange-difference
 * invoices (kur farkı) proposed for the host to issue. Immutable and thread-safe.
 *
 * @param receipt the payment and its allocation, as {@link
 *     io.github.tahsilat.service.payment.PaymentService#record} returns them
 * @param differences the realized difference per item settled, in allocation order; empty when the
 *     payment is in the functional currency or was repeated
 * @param proposals an invoice per receivable whose realized difference is not zero, which the host
 *     issues for a gain or expects from the customer for a loss. The library books none of them.
 */
public record ForeignPaymentReceipt(
        PaymentReceipt receipt,
        List<ItemExchangeDifference> differences,
        List<ExchangeDifferenceInvoice> proposals) {

    /**
     * Checks that every part is present and copies the lists.
     *
     * @throws NullPointerException if a part is {@code null}
     */
    public ForeignPaymentReceipt {
        Objects.requireNonNull(receipt, "receipt");
        differences = List.copyOf(differences);
        proposals = List.copyOf(proposals);
    }
}
