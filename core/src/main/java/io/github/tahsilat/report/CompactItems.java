package io.github.tahsilat.report;

import io.github.tahsilat.invoice.Direction;
import java.util.UUID;

/**
 * Open items in a compact form for bulk reports: each item is handed over as primitives, so a
 * million items are aged without building records or amounts. The store-backed implementation reads
 * the store's open-item projection page by page.
 */
@FunctionalInterface
public interface CompactItems {

    /** Receives one open item. */
    @FunctionalInterface
    interface Sink {

        /**
         * Takes one open item.
         *
         * @param counterpartyId the counterparty's id
         * @param currency the ISO 4217 code of the amount
         * @param side receivable or payable
         * @param issueEpochDay the issue date as {@link java.time.LocalDate#toEpochDay()}
         * @param dueEpochDay the due date as {@link java.time.LocalDate#toEpochDay()}
         * @param openMinor the open amount in minor units of {@code currency}
         */
        void accept(
                UUID counterpartyId,
                String currency,
                Direction side,
                int issueEpochDay,
                int dueEpochDay,
                long openMinor);
    }

    /** Hands every item to {@code sink}, once each. */
    void forEach(Sink sink);
}
