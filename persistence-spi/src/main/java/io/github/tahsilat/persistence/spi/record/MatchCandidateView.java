package io.github.tahsilat.persistence.spi.record;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A compact projection of an open receivable for bank-line matching: the fields the matching rules
 * read, without the invoice's lines, schedule and totals. A store may build it from its own columns
 * or indexes, so that matching reads candidates without decoding whole records.
 *
 * @param itemId the invoice's id
 * @param counterpartyId the counterparty that owes it
 * @param number the invoice number, not blank
 * @param currency the ISO 4217 code
 * @param dueEpochDay the due date as {@link java.time.LocalDate#toEpochDay()}, the date the
 *     open-item queries sort by
 * @param openMinor the outstanding amount in minor units of {@code currency}: the unscaled value of
 *     the outstanding amount, which is at the minor-unit scale
 * @param externalReference the host's own key for the invoice, or empty
 */
public record MatchCandidateView(
        UUID itemId,
        UUID counterpartyId,
        String number,
        String currency,
        int dueEpochDay,
        long openMinor,
        Optional<String> externalReference) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is {@code null}
     * @throws IllegalArgumentException if the number is blank or the currency code is malformed
     */
    public MatchCandidateView {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(counterpartyId, "counterpartyId");
        Checks.text(number, "number");
        Checks.currency(currency, "currency");
        Objects.requireNonNull(externalReference, "externalReference");
    }

    /**
     * Returns the projection of an invoice.
     *
     * @throws ArithmeticException if the outstanding amount does not fit in a long in minor units
     */
    public static MatchCandidateView of(InvoiceRecord invoice) {
        return new MatchCandidateView(
                invoice.id(),
                invoice.counterpartyId(),
                invoice.number(),
                invoice.currency(),
                Math.toIntExact(invoice.dueDate().toEpochDay()),
                invoice.outstanding().unscaledValue().longValueExact(),
                invoice.externalReference());
    }
}
