package io.github.tahsilat.persistence.spi.store;

import io.github.tahsilat.persistence.spi.CounterpartyBucket;
import io.github.tahsilat.persistence.spi.DuplicateKeyException;
import io.github.tahsilat.persistence.spi.IdempotencyConflictException;
import io.github.tahsilat.persistence.spi.MatchKeys;
import io.github.tahsilat.persistence.spi.Page;
import io.github.tahsilat.persistence.spi.PageRequest;
import io.github.tahsilat.persistence.spi.RecordNotFoundException;
import io.github.tahsilat.persistence.spi.StaleVersionException;
import io.github.tahsilat.persistence.spi.record.Direction;
import io.github.tahsilat.persistence.spi.record.InvoiceRecord;
import io.github.tahsilat.persistence.spi.record.InvoiceStatus;
import io.github.tahsilat.persistence.spi.record.MatchCandidateView;
import io.github.tahsilat.persistence.spi.record.OpenItemView;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Stores a company's invoices and runs the open-item queries.
 *
 * <p>Unique per company: the id, the number per direction, the external reference and the
 * idempotency key. The write rules of {@link CompanyStore} apply.
 *
 * <p><b>Paging.</b> Every paged query here returns items in one total order: by due date, then by
 * id, where ids compare as unsigned 128-bit numbers, which is the order of their lowercase {@link
 * UUID#toString()} text and of a SQL {@code uuid} column. Following {@link Page#next()} visits
 * every item that matched when the first page was read and still matches, exactly once. A cursor is
 * valid only for the query and arguments that returned it; a malformed cursor throws {@link
 * IllegalArgumentException}.
 *
 * <p>Implementations are thread-safe and join the active transaction.
 */
public interface InvoiceStore {

    /**
     * Inserts an invoice, or returns the stored one when its idempotency key repeats with the same
     * content ({@link InvoiceRecord#sameContentAs}).
     *
     * @throws IdempotencyConflictException if the idempotency key is stored with other content
     * @throws DuplicateKeyException if the id, the number in its direction or the external
     *     reference is already stored in the company
     */
    InvoiceRecord insert(UUID companyId, InvoiceRecord invoice);

    /**
     * Updates an invoice.
     *
     * @throws RecordNotFoundException if the company has no invoice with this id
     * @throws StaleVersionException if the stored version differs from {@code invoice.version()}
     * @throws DuplicateKeyException if a new number, external reference or idempotency key belongs
     *     to another invoice
     */
    InvoiceRecord update(UUID companyId, InvoiceRecord invoice);

    /** Returns the invoice, or empty if the company has none with this id. */
    Optional<InvoiceRecord> find(UUID companyId, UUID id);

    /**
     * Returns the numbers of the company's invoices with the given ids, by id. An id of no invoice
     * of the company is left out. The default calls {@link #find} for each distinct id, and a store
     * may override it to read the numbers alone in one query.
     *
     * @throws NullPointerException if {@code companyId}, {@code ids} or one of its elements is
     *     {@code null}
     */
    default Map<UUID, String> numbersOf(UUID companyId, Collection<UUID> ids) {
        Objects.requireNonNull(companyId, "companyId");
        Objects.requireNonNull(ids, "ids");
        Map<UUID, String> numbers = new HashMap<>();
        for (UUID id : ids) {
            Objects.requireNonNull(id, "id");
            if (!numbers.containsKey(id)) {
                find(companyId, id).ifPresent(invoice -> numbers.put(id, invoice.number()));
            }
        }
        return numbers;
    }

    /** Returns the invoice with the number in the direction, or empty. */
    Optional<InvoiceRecord> findByNumber(UUID companyId, Direction direction, String number);

    /** Returns the invoice with the host's external reference, or empty. */
    Optional<InvoiceRecord> findByExternalReference(UUID companyId, String externalReference);

    /** Returns the invoice created by the request with the idempotency key, or empty. */
    Optional<InvoiceRecord> findByIdempotencyKey(UUID companyId, String idempotencyKey);

    /**
     * Returns a page of a counterparty's open invoices, as full records, in due-date order.
     *
     * @throws IllegalArgumentException if the cursor is malformed
     */
    Page<InvoiceRecord> openItemsOf(UUID companyId, UUID counterpartyId, PageRequest request);

    /**
     * Returns a page of every open item, in due-date order.
     *
     * @throws IllegalArgumentException if the cursor is malformed
     */
    Page<OpenItemView> openItems(UUID companyId, PageRequest request);

    /** Receives one open item as primitives and shared values, without a view per item. */
    @FunctionalInterface
    interface OpenItemSink {

        /**
         * Takes one open item, with the fields of {@link OpenItemView} of the same names.
         *
         * @param counterpartyId the counterparty
         * @param currency the ISO 4217 code of the amount
         * @param direction receivable or payable
         * @param issueEpochDay the issue date as {@link LocalDate#toEpochDay()}
         * @param dueEpochDay the due date as {@link LocalDate#toEpochDay()}
         * @param openMinor the outstanding amount in minor units of {@code currency}
         */
        void accept(
                UUID counterpartyId,
                String currency,
                Direction direction,
                int issueEpochDay,
                int dueEpochDay,
                long openMinor);
    }

    /** Receives one open item with the store's number for its counterparty. */
    @FunctionalInterface
    interface IndexedOpenItemSink {

        /**
         * Takes one open item, with the fields of {@link OpenItemView} of the same names.
         *
         * @param counterpartyIndex a number from 0 that identifies {@code counterpartyId} within
         *     one call of {@link #forEachOpenItemIndexed}, so items with the same number have the
         *     same counterparty. It is -1 when the store does not number its counterparties.
         *     Numbers should be dense, such as row or slot positions, because a reader may keep an
         *     array entry per number from 0 up to the largest. The engine's aging keeps an {@code
         *     int} per number in each currency, about 16 MB per currency for a number near 2^22,
         *     and finds the counterparty by its id for numbers from 2^22 on.
         * @param counterpartyId the counterparty
         * @param currency the ISO 4217 code of the amount
         * @param direction receivable or payable
         * @param issueEpochDay the issue date as {@link LocalDate#toEpochDay()}
         * @param dueEpochDay the due date as {@link LocalDate#toEpochDay()}
         * @param openMinor the outstanding amount in minor units of {@code currency}
         */
        void accept(
                int counterpartyIndex,
                UUID counterpartyId,
                String currency,
                Direction direction,
                int issueEpochDay,
                int dueEpochDay,
                long openMinor);
    }

    /**
     * Hands every open item of the company to {@code sink} as {@link #forEachOpenItem} does, with a
     * dense number for each item's counterparty, so a report can find the counterparty's row
     * without hashing its id. The default hands every item over with the number -1. The sink must
     * not call the store.
     *
     * @throws ArithmeticException if an outstanding amount does not fit in a long in minor units
     */
    default void forEachOpenItemIndexed(UUID companyId, IndexedOpenItemSink sink) {
        forEachOpenItem(
                companyId,
                (counterpartyId, currency, direction, issueEpochDay, dueEpochDay, openMinor) ->
                        sink.accept(
                                -1,
                                counterpartyId,
                                currency,
                                direction,
                                issueEpochDay,
                                dueEpochDay,
                                openMinor));
    }

    /**
     * Hands every open item of the company to {@code sink}, once each, in no particular order. The
     * sink must not call the store. The default reads {@link #openItems} page by page; a store that
     * keeps its items in columns can override it to hand them over in storage order without
     * building an {@link OpenItemView} per item.
     *
     * @throws ArithmeticException if an outstanding amount does not fit in a long in minor units
     */
    default void forEachOpenItem(UUID companyId, OpenItemSink sink) {
        PageRequest first = PageRequest.first(5_000);
        Optional<PageRequest> request = Optional.of(first);
        while (request.isPresent()) {
            Page<OpenItemView> page = openItems(companyId, request.get());
            for (OpenItemView view : page.items()) {
                sink.accept(
                        view.counterpartyId(),
                        view.currency(),
                        view.direction(),
                        view.issueEpochDay(),
                        view.dueEpochDay(),
                        view.openMinor());
            }
            request = first.following(page);
        }
    }

    /**
     * Returns a page of the open items due strictly before {@code date}, in due-date order.
     *
     * @throws IllegalArgumentException if the cursor is malformed
     */
    Page<OpenItemView> openItemsDueBefore(UUID companyId, LocalDate date, PageRequest request);

    /**
     * Returns the open items due strictly before {@code date} whose counterparty is in {@code
     * bucket}, in due-date order, then by id: the items one work unit of a bulk job reads. The
     * default reads every page of {@link #openItemsDueBefore(UUID, LocalDate, PageRequest)} and
     * keeps the bucket's items. A store with many open items should read only the bucket's.
     *
     * @throws NullPointerException if an argument is {@code null}
     */
    default List<OpenItemView> openItemsOfBucketDueBefore(
            UUID companyId, LocalDate date, CounterpartyBucket bucket) {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(bucket, "bucket");
        List<OpenItemView> items = new ArrayList<>();
        PageRequest request = PageRequest.first(Page.MAX_SIZE);
        while (true) {
            Page<OpenItemView> page = openItemsDueBefore(companyId, date, request);
            for (OpenItemView item : page.items()) {
                if (bucket.contains(item.counterpartyId())) {
                    items.add(item);
                }
            }
            if (page.next().isEmpty()) {
                return items;
            }
            request = PageRequest.after(page.next().get(), Page.MAX_SIZE);
        }
    }

    /**
     * Returns a page of the items that were open on a past {@code date} ({@link
     * InvoiceRecord#openOn}: issued on or before it and not closed before it), in due-date order.
     * Items closed since are included. The projection carries today's outstanding amount; the
     * domain derives the amount on {@code date} from the settlements after it.
     *
     * @throws IllegalArgumentException if the cursor is malformed
     */
    Page<OpenItemView> itemsOpenOn(UUID companyId, LocalDate date, PageRequest request);

    /**
     * Returns the open receivables ({@link InvoiceStatus#isOpen()}, direction receivable) whose
     * {@link MatchKeys#invoiceNumberKey number key} is one of {@code numberKeys}, in due-date
     * order. The store keeps an index by this key, so the cost grows with the keys and the items
     * found, not with the company's invoices.
     *
     * @throws NullPointerException if an argument or a key is {@code null}
     */
    List<InvoiceRecord> openReceivablesByNumberKey(UUID companyId, Collection<String> numberKeys);

    /**
     * Returns the open receivables whose external reference has one of {@code referenceKeys} as its
     * {@link MatchKeys#referenceKey reference key}, in due-date order, through an index by this
     * key.
     *
     * @throws NullPointerException if an argument or a key is {@code null}
     */
    List<InvoiceRecord> openReceivablesByReferenceKey(
            UUID companyId, Collection<String> referenceKeys);

    /**
     * Returns up to {@code limit} open receivables in {@code currency} whose outstanding amount, in
     * minor units, is from {@code lowMinor} to {@code highMinor} inclusive, ordered by outstanding
     * amount, then due date, then id, through an index by currency and amount.
     *
     * @param counterpartyId the counterparty whose items to return, or {@code null} for every
     *     counterparty's
     * @throws NullPointerException if {@code companyId} or {@code currency} is {@code null}
     * @throws IllegalArgumentException if {@code limit} is negative
     */
    List<InvoiceRecord> openReceivablesByAmount(
            UUID companyId,
            UUID counterpartyId,
            String currency,
            long lowMinor,
            long highMinor,
            int limit);

    /**
     * Returns the {@link #openReceivablesByNumberKey open receivables with one of the number keys}
     * as match candidates, in the same order. The default maps the full records. A store that keeps
     * the candidates' fields in columns can override it to skip decoding the records.
     *
     * @throws NullPointerException if an argument or a key is {@code null}
     * @throws ArithmeticException if an outstanding amount does not fit in a long in minor units
     */
    default List<MatchCandidateView> matchCandidatesByNumberKey(
            UUID companyId, Collection<String> numberKeys) {
        return openReceivablesByNumberKey(companyId, numberKeys).stream()
                .map(MatchCandidateView::of)
                .toList();
    }

    /**
     * Returns the {@link #openReceivablesByReferenceKey open receivables with one of the reference
     * keys} as match candidates, in the same order. The default maps the full records.
     *
     * @throws NullPointerException if an argument or a key is {@code null}
     * @throws ArithmeticException if an outstanding amount does not fit in a long in minor units
     */
    default List<MatchCandidateView> matchCandidatesByReferenceKey(
            UUID companyId, Collection<String> referenceKeys) {
        return openReceivablesByReferenceKey(companyId, referenceKeys).stream()
                .map(MatchCandidateView::of)
                .toList();
    }

    /**
     * Returns the {@link #openReceivablesByAmount open receivables in the amount range} as match
     * candidates, in the same order and with the same limit. The default maps the full records.
     *
     * @param counterpartyId the counterparty whose items to return, or {@code null} for every
     *     counterparty's
     * @throws NullPointerException if {@code companyId} or {@code currency} is {@code null}
     * @throws IllegalArgumentException if {@code limit} is negative
     * @throws ArithmeticException if an outstanding amount does not fit in a long in minor units
     */
    default List<MatchCandidateView> matchCandidatesByAmount(
            UUID companyId,
            UUID counterpartyId,
            String currency,
            long lowMinor,
            long highMinor,
            int limit) {
        return openReceivablesByAmount(
                        companyId, counterpartyId, currency, lowMinor, highMinor, limit)
                .stream()
                .map(MatchCandidateView::of)
                .toList();
    }

    /**
     * Returns up to {@code limitEach} of each counterparty's open receivables as match candidates,
     * oldest first: grouped by counterparty in the order of {@code counterpartyIds} without
     * repeats, each group in the order of {@link #openItemsOf}. The default pages through {@link
     * #openItemsOf} for each counterparty and skips payables.
     *
     * @throws NullPointerException if an argument or an id is {@code null}
     * @throws IllegalArgumentException if {@code limitEach} is negative
     * @throws ArithmeticException if an outstanding amount does not fit in a long in minor units
     */
    default List<MatchCandidateView> oldestMatchCandidatesOf(
            UUID companyId, Collection<UUID> counterpartyIds, int limitEach) {
        Objects.requireNonNull(companyId, "companyId");
        if (limitEach < 0) {
            throw new IllegalArgumentException(
                    "invalid limitEach: " + limitEach + "; expected 0 or more");
        }
        List<MatchCandidateView> found = new ArrayList<>();
        for (UUID counterpartyId : new LinkedHashSet<>(counterpartyIds)) {
            Objects.requireNonNull(counterpartyId, "counterpartyId");
            int added = 0;
            int pageSize = Math.max(1, Math.min(limitEach, Page.MAX_SIZE));
            Optional<PageRequest> request = Optional.of(PageRequest.first(pageSize));
            while (request.isPresent() && added < limitEach) {
                Page<InvoiceRecord> page = openItemsOf(companyId, counterpartyId, request.get());
                for (InvoiceRecord invoice : page.items()) {
                    if (invoice.direction() == Direction.RECEIVABLE && added < limitEach) {
                        found.add(MatchCandidateView.of(invoice));
                        added++;
                    }
                }
                request = request.get().following(page);
            }
        }
        return found;
    }

    /**
     * Returns the report of this store's open receivables as it writes them, when the store offers
     * one. The default offers none, and the engine then reads match candidates per batch.
     */
    default Optional<OpenReceivableFeed> openReceivableFeed() {
        return Optional.empty();
    }
}
