package io.github.tahsilat.persistence.spi.record;

import java.util.Objects;
import java.util.UUID;

/**
 * A compact projection of an open item for bulk jobs such as aging and dunning, which read millions
 * of items without building full records. A store may build it from its own index.
 *
 * @param itemId the invoice's id
 * @param counterpartyId the counterparty
 * @param issueEpochDay the issue date as {@link java.time.LocalDate#toEpochDay()}
 * @param dueEpochDay the due date as {@link java.time.LocalDate#toEpochDay()}
 * @param openMinor the outstanding amount in minor units of {@code currency}: the unscaled value of
 *     the outstanding amount, which is at the minor-unit scale
 * @param currency the ISO 4217 code
 * @param direction receivable or payable
 * @param disputed whether a dispute is open
 * @param lastDunningLevel the highest dunning level sent, 0 for none
 */
public record OpenItemView(
        UUID itemId,
        UUID counterpartyId,
        int issueEpochDay,
        int dueEpochDay,
        long openMinor,
        String currency,
        Direction direction,
        boolean disputed,
        int lastDunningLevel) {

    /**
     * Checks that the components are present.
     *
     * @throws NullPointerException if a component is {@code null}
     * @throws IllegalArgumentException if the currency code is malformed
     */
    public OpenItemView {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(counterpartyId, "counterpartyId");
        Checks.currency(currency, "currency");
        Objects.requireNonNull(direction, "direction");
    }

    /**
     * Returns the projection of an invoice.
     *
     * @throws ArithmeticException if the outstanding amount does not fit in a long in minor units
     */
    public static OpenItemView of(InvoiceRecord invoice) {
        return new OpenItemView(
                invoice.id(),
                invoice.counterpartyId(),
                Math.toIntExact(invoice.issueDate().toEpochDay()),
                Math.toIntExact(invoice.dueDate().toEpochDay()),
                invoice.outstanding().unscaledValue().longValueExact(),
                invoice.currency(),
                invoice.direction(),
                invoice.disputed(),
                invoice.lastDunningLevel());
    }
}
