package io.github.tahsilat.report;

import io.github.tahsilat.invoice.Direction;
import java.util.UUID;

/**
 * Open items in a compact form for bulk reports: each item is handed over as primitives, so a
 * million items are aged without building records or amounts. The engine's implementations read the
 * store's open-item projection, or replay the stored ledger for a past date.
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

    /**
     * Receives one open item with a dense number for its counterparty, such as a store's row or
     * slot of the counterparty, so a report can find the counterparty's row by that number rather
     * than by hashing the id.
     */
    @FunctionalInterface
    interface IndexedSink {

        /**
         * Takes one open item.
         *
         * @param counterpartyIndex a number from 0 that identifies {@code counterpartyId} within
         *     one pass, so every item of a pass with the same number has the same counterparty id.
         *     It is -1 when the source has no such number, and then the id alone identifies the
         *     counterparty. Numbers should be dense, because a report keeps an array entry for each
         *     number up to the largest.
         * @param counterpartyId the counterparty's id
         * @param currency the ISO 4217 code of the amount
         * @param side receivable or payable
         * @param issueEpochDay the issue date as {@link java.time.LocalDate#toEpochDay()}
         * @param dueEpochDay the due date as {@link java.time.LocalDate#toEpochDay()}
         * @param openMinor the open amount in minor units of {@code currency}
         */
        void accept(
                int counterpartyIndex,
                UUID counterpartyId,
                String currency,
                Direction side,
                int issueEpochDay,
                int dueEpochDay,
                long openMinor);
    }

    /** Receives the unapplied credit of one counterparty in one currency on one side. */
    @FunctionalInterface
    interface CreditSink {

        /**
         * Takes the unapplied credit of one counterparty.
         *
         * @param counterpartyId the counterparty's id
         * @param currency the ISO 4217 code of the amount
         * @param side receivable or payable
         * @param creditMinor the credit in minor units of {@code currency}: payments and credit
         *     documents not applied to any item
         */
        void accept(UUID counterpartyId, String currency, Direction side, long creditMinor);
    }

    /**
     * Receives the amount of one counterparty's open items in one currency on one side that
     * uncleared cheques or promissory notes provisionally settle.
     */
    @FunctionalInterface
    interface CoverSink {

        /**
         * Takes the covered amount of one counterparty.
         *
         * @param counterpartyId the counterparty's id
         * @param currency the ISO 4217 code of the amount
         * @param side receivable or payable
         * @param coveredMinor the covered amount in minor units of {@code currency}; it is also
         *     part of the open amounts handed to the item sink
         */
        void accept(UUID counterpartyId, String currency, Direction side, long coveredMinor);
    }

    /** Hands every item to {@code sink}, once each. */
    void forEach(Sink sink);

    /**
     * Hands every item to {@code sink} and every counterparty's unapplied credit to {@code
     * credits}, in one pass. The default hands over the items only, because a projection of open
     * items carries no credit.
     */
    default void forEach(Sink sink, CreditSink credits) {
        forEach(sink);
    }

    /**
     * Hands every item to {@code sink}, every counterparty's unapplied credit to {@code credits}
     * and every counterparty's amount covered by uncleared instruments to {@code covers}. The
     * default hands over no covered amounts.
     */
    default void forEach(Sink sink, CreditSink credits, CoverSink covers) {
        forEach(sink, credits);
    }

    /**
     * Hands over what {@link #forEach(Sink, CreditSink, CoverSink)} does, with each item's
     * counterparty number as {@link IndexedSink} describes. The default hands every item over with
     * the number -1. A source that numbers its counterparties, such as arrays indexed by an {@code
     * int} id, overrides it so a report need not hash each item's counterparty id.
     */
    default void forEachIndexed(IndexedSink sink, CreditSink credits, CoverSink covers) {
        forEach(
                (counterpartyId, currency, side, issueEpochDay, dueEpochDay, openMinor) ->
                        sink.accept(
                                -1,
                                counterpartyId,
                                currency,
                                side,
                                issueEpochDay,
                                dueEpochDay,
                                openMinor),
                credits,
                covers);
    }
}
