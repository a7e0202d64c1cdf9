package io.github.tahsilat.service.charge;

import io.github.tahsilat.invoice.InvoiceId;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * The fees and late interest still owed on one invoice: what was booked, less what payments settled
 * and what was waived. Immutable and thread-safe.
 *
 * @param invoiceId the invoice
 * @param fee the open costs, such as dunning fees and returned-cheque fees; zero or more
 * @param interest the open late interest; zero or more, in the currency of {@code fee}
 */
public record OpenCharges(InvoiceId invoiceId, MonetaryAmount fee, MonetaryAmount interest) {

    /**
     * Checks that every part is present.
     *
     * @throws NullPointerException if a part is {@code null}
     */
    public OpenCharges {
        Objects.requireNonNull(invoiceId, "invoiceId");
        Objects.requireNonNull(fee, "fee");
        Objects.requireNonNull(interest, "interest");
    }

    /** Returns the fee and interest together. */
    public MonetaryAmount total() {
        return fee.add(interest);
    }
}
