package io.github.tahsilat.einvoice;

import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * Something the import noticed and left as printed, for the host to review.
 *
 * @param kind what the finding is about
 * @param field the total or element concerned, such as {@code vatSubtotals[20].taxAmount}
 * @param printed the printed amount, or {@code null} when the finding is not about an amount
 * @param computed the amount the library computed or expected, or {@code null}
 * @param message a sentence that explains the finding
 */
public record ImportFinding(
        FindingKind kind,
        String field,
        MonetaryAmount printed,
        MonetaryAmount computed,
        String message) {

    /**
     * Checks the required components.
     *
     * @throws NullPointerException if the kind, field or message is {@code null}
     */
    public ImportFinding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
