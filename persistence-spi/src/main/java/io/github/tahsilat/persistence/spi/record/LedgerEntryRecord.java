package io.github.tahsilat.persistence.spi.record;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One append-only line of a counterparty ledger. Amounts are in {@code currency} at its minor-unit
 * scale; a positive {@code balanceEffect} raises what the counterparty owes the company.
 *
 * @param companyId the owning company
 * @param id the entry's id, made by the library
 * @param sequence 0 for an entry to append, else the sequence the store assigned, from 1 per
 *     company in append order
 * @param counterpartyId the counterparty
 * @param currency the ISO 4217 code of the amounts
 * @param kind what happened
 * @param valueDate the business date it counts from; its epoch day fits in an int
 * @param recordedAt when it was recorded
 * @param amount the event's amount, negative only in an entry that reverses another
 * @param balanceEffect the signed change of the balance
 * @param documentId the payment, invoice, credit document or operation it belongs to
 * @param invoiceId the item it affects, or empty
 * @param component the item component it affects ({@code FEE}, {@code INTEREST} or {@code
 *     PRINCIPAL}), or empty
 * @param note the reason or description, possibly empty
 * @param reverses the entry it takes back, or empty
 * @param actor who recorded it
 */
public record LedgerEntryRecord(
        UUID companyId,
        UUID id,
        long sequence,
        UUID counterpartyId,
        String currency,
        LedgerEntryKind kind,
        LocalDate valueDate,
        Instant recordedAt,
        BigDecimal amount,
        BigDecimal balanceEffect,
        UUID documentId,
        Optional<UUID> invoiceId,
        Optional<String> component,
        String note,
        Optional<UUID> reverses,
        Actor actor) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is {@code null}
     * @throws IllegalArgumentException if the sequence is negative, the currency code is malformed,
     *     the date is out of range, or the component is blank
     */
    public LedgerEntryRecord {
        Objects.requireNonNull(companyId, "companyId");
        Objects.requireNonNull(id, "id");
        if (sequence < 0) {
            throw Checks.invalid("sequence", sequence, "0 for a new entry or the stored sequence");
        }
        Objects.requireNonNull(counterpartyId, "counterpartyId");
        Checks.currency(currency, "currency");
        Objects.requireNonNull(kind, "kind");
        Checks.epochDayDate(valueDate, "valueDate");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(balanceEffect, "balanceEffect");
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(invoiceId, "invoiceId");
        Checks.optionalText(component, "component");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(reverses, "reverses");
        Objects.requireNonNull(actor, "actor");
    }

    /** Returns a copy with the sequence a store assigned. */
    public LedgerEntryRecord withSequence(long newSequence) {
        return new LedgerEntryRecord(
                companyId,
                id,
                newSequence,
                counterpartyId,
                currency,
                kind,
                valueDate,
                recordedAt,
                amount,
                balanceEffect,
                documentId,
                invoiceId,
                component,
                note,
                reverses,
                actor);
    }
}
