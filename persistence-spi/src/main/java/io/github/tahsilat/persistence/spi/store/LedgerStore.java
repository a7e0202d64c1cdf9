package io.github.tahsilat.persistence.spi.store;

import io.github.tahsilat.persistence.spi.DuplicateKeyException;
import io.github.tahsilat.persistence.spi.Page;
import io.github.tahsilat.persistence.spi.PageRequest;
import io.github.tahsilat.persistence.spi.record.LedgerAccount;
import io.github.tahsilat.persistence.spi.record.LedgerEntryKind;
import io.github.tahsilat.persistence.spi.record.LedgerEntryRecord;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A company's append-only counterparty ledger. Entries are never updated or deleted; a correction
 * is a new entry.
 *
 * <p>The store assigns each company's entries increasing sequence numbers from 1 in append order,
 * as {@link EventLog} does. Paged reads return a counterparty's entries by value date, then by
 * sequence; a cursor is valid only for the query and arguments that returned it. Implementations
 * are thread-safe and join the active transaction.
 */
public interface LedgerStore {

    /**
     * Appends an entry whose sequence is 0 and returns it with its assigned sequence.
     *
     * @throws DuplicateKeyException if an entry with the same id is already stored in the company
     * @throws IllegalArgumentException if the sequence is not 0 or {@code companyId} differs from
     *     the entry's company
     */
    LedgerEntryRecord append(UUID companyId, LedgerEntryRecord entry);

    /**
     * Appends entries whose sequences are 0 in list order, assigns them consecutive sequence
     * numbers as the same number of {@link #append} calls would, and returns them with those
     * numbers, in list order. The library calls it inside a transaction, so the entries commit or
     * roll back together.
     *
     * <p>The default calls {@link #append} once per entry, in list order. When one of them throws,
     * the entries before it stay in the active transaction, which then rolls back. A store can
     * override it to append the entries with one statement.
     *
     * @throws DuplicateKeyException if an entry's id is already stored in the company or appears
     *     twice in {@code entries}
     * @throws IllegalArgumentException if an entry's sequence is not 0 or {@code companyId} differs
     *     from an entry's company
     * @throws NullPointerException if {@code entries} or one of its elements is {@code null}
     */
    default List<LedgerEntryRecord> appendAll(UUID companyId, List<LedgerEntryRecord> entries) {
        Objects.requireNonNull(entries, "entries");
        List<LedgerEntryRecord> stored = new ArrayList<>(entries.size());
        for (LedgerEntryRecord entry : entries) {
            stored.add(append(companyId, entry));
        }
        return stored;
    }

    /**
     * Returns a page of a counterparty's entries in {@code currency} whose value date is from
     * {@code from} to {@code to}, both inclusive, by value date then sequence.
     *
     * @throws IllegalArgumentException if the cursor is malformed
     */
    Page<LedgerEntryRecord> entriesOf(
            UUID companyId,
            UUID counterpartyId,
            String currency,
            LocalDate from,
            LocalDate to,
            PageRequest request);

    /**
     * Returns the ids of the company's invoices that have at least one entry of kind {@link
     * LedgerEntryKind#FEE} or {@link LedgerEntryKind#INTEREST}, each once, in no particular order.
     * Dunning reads them to find invoices whose principal is paid but whose charges may be open.
     * The list grows with the invoices ever charged, not with the whole ledger.
     */
    List<UUID> chargedInvoices(UUID companyId);

    /**
     * Returns the ids of the counterparty's invoices in {@code currency} that have at least one
     * entry of kind {@link LedgerEntryKind#FEE} or {@link LedgerEntryKind#INTEREST}, each once, in
     * no particular order. Recording a payment reads them to find invoices whose principal is paid
     * but whose charges may be open. The list grows with that counterparty's charged invoices, not
     * with its ledger or with other counterparties.
     */
    List<UUID> chargedInvoicesOf(UUID companyId, UUID counterpartyId, String currency);

    /**
     * Returns every counterparty and currency of the company with at least one entry whose value
     * date is on or before {@code to}, by counterparty id as {@link UUID#toString()} text, then by
     * currency code. The cost grows with the number of accounts, not with their entries.
     */
    List<LedgerAccount> accountsUpTo(UUID companyId, LocalDate to);

    /** Returns the entries that belong to the document, in sequence order. */
    List<LedgerEntryRecord> findByDocument(UUID companyId, UUID documentId);

    /**
     * Returns the entries that affect the invoice (whose {@code invoiceId} is {@code invoiceId}),
     * in sequence order. Implementations index the invoice id, so the cost grows with the invoice's
     * own entries and not with the counterparty's ledger.
     */
    List<LedgerEntryRecord> findByInvoice(UUID companyId, UUID invoiceId);

    /**
     * Returns the sum of the balance effects of a counterparty's entries in {@code currency} whose
     * value date is on or before {@code asOf} and that were recorded at or before {@code knownAt};
     * zero when there are none.
     */
    BigDecimal balance(
            UUID companyId, UUID counterpartyId, String currency, LocalDate asOf, Instant knownAt);
}
