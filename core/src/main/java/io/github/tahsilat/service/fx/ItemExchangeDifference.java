package io.github.tahsilat.service.fx;

import io.github.tahsilat.fx.ExchangeDifference;
import io.github.tahsilat.invoice.Direction;
import io.github.tahsilat.invoice.InvoiceId;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * An exchange difference booked on one foreign-currency item, with what is left of the item
 * afterwards. Immutable and thread-safe.
 *
 * @param invoiceId the item
 * @param number the item's invoice number
 * @param direction receivable or payable, which decides whether a positive difference is a gain
 * @param difference the realized or unrealized difference in the functional currency; for a
 *     receivable a positive amount is a gain, for a payable a loss
 * @param open the item's open amount in its own currency afterwards
 * @param carrying the carrying amount of the open part in the functional currency afterwards
 */
public record ItemExchangeDifference(
        InvoiceId invoiceId,
        String number,
        Direction direction,
        ExchangeDifference difference,
        MonetaryAmount open,
        MonetaryAmount carrying) {

    /**
     * Checks that every part is present.
     *
     * @throws NullPointerException if a part is {@code null}
     */
    public ItemExchangeDifference {
        Objects.requireNonNull(invoiceId, "invoiceId");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(difference, "difference");
        Objects.requireNonNull(open, "open");
        Objects.requireNonNull(carrying, "carrying");
    }
}
