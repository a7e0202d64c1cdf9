package io.github.tahsilat.invoice;

import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * The result of applying a credit document to an invoice: both documents after the application and
 * the amount moved between them.
 *
 * <p>Invariant: {@code applied} is at most what the invoice had outstanding and what the credit had
 * unapplied, so the invoice's outstanding amount stays zero or more, and the credit's applied and
 * unapplied amounts still add up to its amount.
 *
 * @param invoice the invoice with its outstanding amount reduced by {@code applied}
 * @param credit the credit document with its unapplied amount reduced by {@code applied}
 * @param applied the amount applied, zero or more
 */
public record CreditApplication(Invoice invoice, CreditDocument credit, MonetaryAmount applied) {

    /** Checks that every field is present. */
    public CreditApplication {
        Objects.requireNonNull(invoice, "invoice");
        Objects.requireNonNull(credit, "credit");
        Objects.requireNonNull(applied, "applied");
    }

    /** Returns the credit still unapplied after this application. */
    public MonetaryAmount remaining() {
        return credit.unapplied();
    }
}
