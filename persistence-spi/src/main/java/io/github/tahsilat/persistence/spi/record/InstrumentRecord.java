package io.github.tahsilat.persistence.spi.record;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A cheque or promissory note received from a counterparty. Amounts are in {@code currency} at its
 * minor-unit scale; the steps it went through are ledger entries.
 *
 * @param companyId the owning company
 * @param id the instrument's id, made by the library
 * @param version 0 for a record to insert, else the stored version this record was read at
 * @param counterpartyId the counterparty who gave it
 * @param kind cheque or promissory note
 * @param serialNumber the number printed on it, never blank
 * @param drawer the drawer and drawee bank as printed, never blank
 * @param receivedOn the day it was received; its epoch day fits in an int
 * @param maturity the day it falls due; its epoch day fits in an int
 * @param currency the ISO 4217 code of the amounts
 * @param amount the face amount, greater than 0
 * @param paidOnBounce the part paid when it bounced, from 0 to below {@code amount}
 * @param unapplied the credit it left after it cleared that refunds and set-offs may still use,
 *     from 0 to {@code amount}; 0 until it clears
 * @param status the current status
 * @param holder the bank or endorsee holding it, empty while the company does
 * @param lastWrite who wrote this version and when
 */
public record InstrumentRecord(
        UUID companyId,
        UUID id,
        long version,
        UUID counterpartyId,
        InstrumentKind kind,
        String serialNumber,
        String drawer,
        LocalDate receivedOn,
        LocalDate maturity,
        String currency,
        BigDecimal amount,
        BigDecimal paidOnBounce,
        BigDecimal unapplied,
        InstrumentStatus status,
        String holder,
        WriteStamp lastWrite) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is {@code null}
     * @throws IllegalArgumentException if a text is blank, the currency code is malformed, a date
     *     is out of range, or an amount is out of range
     */
    public InstrumentRecord {
        Objects.requireNonNull(companyId, "companyId");
        Objects.requireNonNull(id, "id");
        Checks.version(version);
        Objects.requireNonNull(counterpartyId, "counterpartyId");
        Objects.requireNonNull(kind, "kind");
        Checks.text(serialNumber, "serialNumber");
        Checks.text(drawer, "drawer");
        Checks.epochDayDate(receivedOn, "receivedOn");
        Checks.epochDayDate(maturity, "maturity");
        Checks.currency(currency, "currency");
        Checks.positive(amount, "amount");
        Checks.nonNegative(paidOnBounce, "paidOnBounce");
        if (paidOnBounce.compareTo(amount) >= 0) {
            throw Checks.invalid(
                    "paidOnBounce",
                    paidOnBounce.toPlainString(),
                    "below the amount " + amount.toPlainString());
        }
        Checks.nonNegative(unapplied, "unapplied");
        if (unapplied.compareTo(amount) > 0) {
            throw Checks.invalid(
                    "unapplied",
                    unapplied.toPlainString(),
                    "at most the amount " + amount.toPlainString());
        }
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(lastWrite, "lastWrite");
    }

    /**
     * Creates a record without unapplied credit, as an instrument has until it clears.
     *
     * @throws NullPointerException if a component is {@code null}
     * @throws IllegalArgumentException under the conditions of the canonical constructor
     */
    public InstrumentRecord(
            UUID companyId,
            UUID id,
            long version,
            UUID counterpartyId,
            InstrumentKind kind,
            String serialNumber,
            String drawer,
            LocalDate receivedOn,
            LocalDate maturity,
            String currency,
            BigDecimal amount,
            BigDecimal paidOnBounce,
            InstrumentStatus status,
            String holder,
            WriteStamp lastWrite) {
        this(
                companyId,
                id,
                version,
                counterpartyId,
                kind,
                serialNumber,
                drawer,
                receivedOn,
                maturity,
                currency,
                amount,
                paidOnBounce,
                BigDecimal.ZERO.setScale(Math.max(0, amount.scale())),
                status,
                holder,
                lastWrite);
    }

    /** Returns a copy with another version; stores use it when they write. */
    public InstrumentRecord withVersion(long newVersion) {
        return new InstrumentRecord(
                companyId,
                id,
                newVersion,
                counterpartyId,
                kind,
                serialNumber,
                drawer,
                receivedOn,
                maturity,
                currency,
                amount,
                paidOnBounce,
                unapplied,
                status,
                holder,
                lastWrite);
    }

    /** Returns a copy after a step to {@code newStatus}, at the version it was read. */
    public InstrumentRecord withStatus(
            InstrumentStatus newStatus,
            String newHolder,
            BigDecimal newPaidOnBounce,
            WriteStamp stamp) {
        return new InstrumentRecord(
                companyId,
                id,
                version,
                counterpartyId,
                kind,
                serialNumber,
                drawer,
                receivedOn,
                maturity,
                currency,
                amount,
                newPaidOnBounce,
                unapplied,
                newStatus,
                newHolder,
                stamp);
    }

    /** Returns a copy with another unapplied credit, at the version it was read. */
    public InstrumentRecord withUnapplied(BigDecimal newUnapplied, WriteStamp stamp) {
        return new InstrumentRecord(
                companyId,
                id,
                version,
                counterpartyId,
                kind,
                serialNumber,
                drawer,
                receivedOn,
                maturity,
                currency,
                amount,
                paidOnBounce,
                newUnapplied,
                status,
                holder,
                stamp);
    }
}
