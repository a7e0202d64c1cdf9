package io.github.tahsilat.persistence.spi.record;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One dunning level claimed for one item: the claim that makes each (item, level) pair go out once,
 * and what the notice showed for the item. A store keeps at most one record per company, item and
 * level. Amounts are in {@code currency} at its minor-unit scale.
 *
 * @param companyId the owning company
 * @param id the record's id, made by the library
 * @param version 0 for a record to insert, else the stored version this record was read at
 * @param itemId the invoice the level is for
 * @param level the level number, 1 or more
 * @param counterpartyId the invoice's counterparty
 * @param runKey the key of the run that claimed the level; the notice id comes from it, so every
 *     retry uses the same one
 * @param asOf the date of the run that claimed the level; its epoch day fits in an int
 * @param invoiceNumber the invoice number as printed on the notice, never blank
 * @param dueDate the item's due date as printed
 * @param daysPastDue the days past due printed on the notice
 * @param currency the ISO 4217 code of the amounts
 * @param outstanding the item's outstanding amount on the notice, greater than 0
 * @param fee the fee this record charges when the notice is delivered, 0 or more
 * @param feeBooked whether a channel delivered the notice, so its fee is booked in the ledger
 * @param status the state of the notice
 * @param doneChannels the channels that delivered or rejected the notice, in order, no repeats
 * @param lastWrite who wrote this version and when
 * @param leaseExpiry the instant until which the run that wrote this version keeps other runs from
 *     retrying the notice. A pending record is retried only at or after it. A record with a
 *     delivery result has a lease that expired at its write.
 */
public record DunningRecord(
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
        boolean feeBooked,
        DunningStatus status,
        List<String> doneChannels,
        WriteStamp lastWrite,
        Instant leaseExpiry) {

    /**
     * Checks the components and copies the channel list.
     *
     * @throws NullPointerException if a component is {@code null}
     * @throws IllegalArgumentException if the level is below 1, a text is blank, the currency code
     *     is malformed, a date is out of range, an amount is out of range, or a channel repeats
     */
    public DunningRecord {
        Objects.requireNonNull(companyId, "companyId");
        Objects.requireNonNull(id, "id");
        Checks.version(version);
        Objects.requireNonNull(itemId, "itemId");
        if (level < 1) {
            throw Checks.invalid("level", level, "a level number of 1 or more");
        }
        Objects.requireNonNull(counterpartyId, "counterpartyId");
        Checks.text(runKey, "runKey");
        Checks.epochDayDate(asOf, "asOf");
        Checks.text(invoiceNumber, "invoiceNumber");
        Checks.epochDayDate(dueDate, "dueDate");
        Checks.currency(currency, "currency");
        Checks.positive(outstanding, "outstanding");
        Checks.nonNegative(fee, "fee");
        Objects.requireNonNull(status, "status");
        doneChannels = Checks.list(doneChannels, "doneChannels");
        if (doneChannels.stream().distinct().count() != doneChannels.size()) {
            throw Checks.invalid("doneChannels", doneChannels, "each channel at most once");
        }
        Objects.requireNonNull(lastWrite, "lastWrite");
        Objects.requireNonNull(leaseExpiry, "leaseExpiry");
    }

    /**
     * Creates a record whose lease expires at {@code lastWrite}'s instant, so no run holds it.
     *
     * @throws NullPointerException if a component is {@code null}
     * @throws IllegalArgumentException under the conditions of the canonical constructor
     */
    public DunningRecord(
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
            boolean feeBooked,
            DunningStatus status,
            List<String> doneChannels,
            WriteStamp lastWrite) {
        this(
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
                fee,
                feeBooked,
                status,
                doneChannels,
                lastWrite,
                Objects.requireNonNull(lastWrite, "lastWrite").at());
    }

    /**
     * Returns whether a run may retry the notice at {@code now}: the record is pending and its
     * lease expired at or before {@code now}.
     *
     * @throws NullPointerException if {@code now} is {@code null}
     */
    public boolean isRetryableAt(Instant now) {
        Objects.requireNonNull(now, "now");
        return status.isPending() && !leaseExpiry.isAfter(now);
    }

    /** Returns a copy with another lease expiry, at the same version. */
    public DunningRecord withLeaseExpiry(Instant newLeaseExpiry) {
        return new DunningRecord(
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
                fee,
                feeBooked,
                status,
                doneChannels,
                lastWrite,
                newLeaseExpiry);
    }

    /** Returns a copy with another version; stores use it when they write. */
    public DunningRecord withVersion(long newVersion) {
        return new DunningRecord(
                companyId,
                id,
                newVersion,
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
                fee,
                feeBooked,
                status,
                doneChannels,
                lastWrite,
                leaseExpiry);
    }

    /** Returns a copy after a delivery result, at the version it was read. */
    public DunningRecord withResult(
            DunningStatus newStatus,
            List<String> newDoneChannels,
            boolean newFeeBooked,
            BigDecimal newFee,
            WriteStamp stamp) {
        return new DunningRecord(
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
                newFeeBooked,
                newStatus,
                newDoneChannels,
                stamp,
                leaseExpiry);
    }
}
