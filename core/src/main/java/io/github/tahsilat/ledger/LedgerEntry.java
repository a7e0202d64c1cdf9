package io.github.tahsilat.ledger;

import io.github.tahsilat.allocation.ItemComponent;
import io.github.tahsilat.invoice.InvoiceId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javax.money.MonetaryAmount;

/**
 * One dated, append-only line of a counterparty ledger.
 *
 * <p>{@code amount} is the size of the event in its own sense, such as the payment amount or the
 * fee charged; it is negative only in an entry that reverses another. {@code balanceEffect} is the
 * signed change of the counterparty's balance, where a positive balance is what the counterparty
 * owes the company: an invoice issued is positive, a payment received negative, and an {@link
 * LedgerEntryKind#ALLOCATION} or {@link LedgerEntryKind#CHARGES} entry zero.
 *
 * @param id the entry's id
 * @param sequence the position in its ledger, from 1 in append order
 * @param kind what happened
 * @param valueDate the business date the entry counts from in balances and statements
 * @param recordedAt when it was recorded; a balance as known at an earlier instant leaves it out
 * @param amount the event's amount
 * @param balanceEffect the signed change of the balance
 * @param documentId the payment, invoice, credit document or operation the entry belongs to
 * @param invoiceId the item it affects, if any
 * @param component the component of that item it affects, if any
 * @param actor who recorded it
 * @param note the reason or description, possibly empty
 * @param reverses the entry this one takes back, if any
 */
public record LedgerEntry(
        UUID id,
        long sequence,
        LedgerEntryKind kind,
        LocalDate valueDate,
        Instant recordedAt,
        MonetaryAmount amount,
        MonetaryAmount balanceEffect,
        UUID documentId,
        Optional<InvoiceId> invoiceId,
        Optional<ItemComponent> component,
        String actor,
        String note,
        Optional<UUID> reverses) {

    /** Checks that every component is present. */
    public LedgerEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(valueDate, "valueDate");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(balanceEffect, "balanceEffect");
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(invoiceId, "invoiceId");
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(reverses, "reverses");
    }

    /** Returns {@code true} if the entry counts for a balance as of {@code asOf}. */
    public boolean countsOn(LocalDate asOf) {
        return !valueDate.isAfter(asOf);
    }

    /** Returns {@code true} if the entry had been recorded at {@code knownAt}. */
    public boolean knownAt(Instant knownAt) {
        return !recordedAt.isAfter(knownAt);
    }
}
