package io.github.tahsilat.internal.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The claim of one dunning level for one item, as a run reads and writes it: the values of a stored
 * dunning record without its write stamp. Amounts are in {@code currency} at its scale.
 *
 * @param companyId the owning company
 * @param id the claim's id
 * @param version 0 before it is stored, else the version it was read at
 * @param itemId the invoice
 * @param level the level number
 * @param counterpartyId the invoice's counterparty
 * @param runKey the key of the notice, from which its ids come
 * @param asOf the date of the run that claimed it
 * @param invoiceNumber the invoice number as printed
 * @param dueDate the due date as printed
 * @param daysPastDue the days past due as printed
 * @param currency the ISO 4217 code
 * @param outstanding the item's outstanding amount on the notice
 * @param fee the fee booked for the claim, 0 until a channel delivers it
 * @param delivered whether a channel delivered the notice
 * @param status the state of the notice
 * @param doneChannels the channels that delivered or rejected it
 */
public record DunningClaim(
        UUID companyId,
        UUID id,
        long version,
        UUID itemId,
        int level,
        UUID counterpartyId,
        String runKey,
        LocalDate asOf,
        String invoiceNumber,
        LocalDate dueDate,
        long daysPastDue,
        String currency,
        BigDecimal outstanding,
        BigDecimal fee,
        boolean delivered,
        Status status,
        List<String> doneChannels) {

    /** The state of a claim's notice. */
    public enum Status {
        /** Claimed; no delivery result recorded yet. */
        CLAIMED,
        /** A channel failed; a later run retries. */
        FAILED,
        /** Every channel is done and at least one delivered. */
        SENT,
        /** Every channel rejected the notice. */
        REJECTED
    }

    /** Copies the channel list. */
    public DunningClaim {
        doneChannels = List.copyOf(doneChannels);
    }

    /** Returns a copy after a delivery result, at the version it was read. */
    public DunningClaim withResult(
            Status newStatus, List<String> newDone, boolean newDelivered, BigDecimal newFee) {
        return new DunningClaim(
                companyId,
                id,
                version,
                itemId,
                level,
                counterpartyId,
                runKey,
                asOf,
                invoiceNumber,
                dueDate,
                daysPastDue,
                currency,
                outstanding,
                newFee,
                newDelivered,
                newStatus,
                newDone);
    }
}
