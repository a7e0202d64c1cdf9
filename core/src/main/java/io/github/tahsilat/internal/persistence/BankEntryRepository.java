package io.github.tahsilat.internal.persistence;

import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.collect.PagedList;
import io.github.tahsilat.internal.money.MinorAmount;
import io.github.tahsilat.invoice.InvoiceId;
import io.github.tahsilat.payment.PaymentId;
import io.github.tahsilat.persistence.spi.record.AllocationRecord;
import io.github.tahsilat.persistence.spi.record.BankEntryDecision;
import io.github.tahsilat.persistence.spi.record.BankEntryRecord;
import io.github.tahsilat.persistence.spi.store.BankEntryStore;
import io.github.tahsilat.reconciliation.BankEntryKey;
import io.github.tahsilat.reconciliation.BankLine;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reads and writes the bank entries that reconciliation booked, through the host's {@code
 * BankEntryStore}. An entry is stored under every key of {@link BankEntryKey#keysToRecord()}, or
 * under another occurrence number of its marked content key when that one is taken.
 */
public final class BankEntryRepository {

    private final StoreContext context;

    /** Creates the repository. */
    public BankEntryRepository(StoreContext context) {
        this.context = context;
    }

    /**
     * Returns the stored entries under any key that could mark one of {@code keys} as booked, by
     * stored key.
     */
    public Map<String, BookedEntry> recorded(CompanyId companyId, Collection<BankEntryKey> keys) {
        return recorded(companyId, keys, null);
    }

    /**
     * Returns the stored entries under any key that could mark one of {@code keys} as booked, by
     * stored key, taking the marked content keys from {@code markedKeys}, so that a second look-up
     * of the same keys in one import builds none of them again.
     *
     * @param markedKeys the marked content keys built so far, or {@code null} to build them without
     *     keeping them
     */
    public Map<String, BookedEntry> recorded(
            CompanyId companyId, Collection<BankEntryKey> keys, MarkedKeys markedKeys) {
        // Paged, because one array of two keys per line of a large statement would be humongous
        // for G1, which would then promote every key in it to the old generation (see PagedList).
        List<String> lookups = new PagedList<>();
        for (BankEntryKey key : keys) {
            addLookupKeys(key, lookups, markedKeys);
        }
        Map<String, BookedEntry> found = new HashMap<>();
        if (lookups.isEmpty()) {
            return found;
        }
        for (BankEntryRecord entry :
                context.stores().bankEntries().findAll(companyId.value(), lookups)) {
            found.put(entry.entryKey(), toBookedEntry(entry));
        }
        return found;
    }

    /**
     * Returns the company's write version from the store, or empty when the store does not keep
     * one. Two equal versions mean that no entry of the company became readable between the two
     * reads.
     */
    public OptionalLong writeVersion(CompanyId companyId) {
        return context.stores().bankEntries().writeVersion(companyId.value());
    }

    /** Returns the stored entry that marks {@code key} as booked, or empty. */
    public Optional<BookedEntry> bookedEntry(CompanyId companyId, BankEntryKey key) {
        Map<String, BookedEntry> found = recorded(companyId, List.of(key));
        if (!key.isBookedIn(found.keySet())) {
            return Optional.empty();
        }
        List<String> lookups = new ArrayList<>(3);
        addLookupKeys(key, lookups, null);
        for (String lookup : lookups) {
            BookedEntry entry = found.get(lookup);
            if (entry != null && key.isBookedIn(Set.of(lookup))) {
                return Optional.of(entry);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the payments of each of an account's entries booked with the payer's end-to-end id,
     * one list per entry, each once.
     */
    public List<List<PaymentId>> bookedWithEndToEndId(
            CompanyId companyId, String accountId, String endToEndId) {
        return context
                .stores()
                .bankEntries()
                .findByEndToEndId(companyId.value(), accountId, endToEndId)
                .stream()
                .filter(entry -> entry.decision() == BankEntryDecision.BOOKED)
                .map(BankEntryRepository::paymentIdsOf)
                .distinct()
                .toList();
    }

    /**
     * Returns every payment that the bank entry which booked {@code paymentId} produced, or empty
     * when no booked entry is found. The entry is looked up by the payment's idempotency key, which
     * booking derives from the entry's key: the key itself for one payment, and the key with {@code
     * /1}, {@code /2} and so on for the payments of a line split over several counterparties.
     */
    public Optional<List<PaymentId>> bookedTogetherWith(
            CompanyId companyId, PaymentId paymentId, String idempotencyKey) {
        List<String> lookups = new ArrayList<>();
        lookups.add(idempotencyKey);
        lookups.add(idempotencyKey + BankEntryKey.WITH_REFERENCE_SUFFIX);
        int slash = idempotencyKey.lastIndexOf('/');
        if (slash > 0) {
            String base = idempotencyKey.substring(0, slash);
            lookups.add(base);
            lookups.add(base + BankEntryKey.WITH_REFERENCE_SUFFIX);
        }
        for (BankEntryRecord entry :
                context.stores().bankEntries().findAll(companyId.value(), lookups)) {
            if (entry.decision() == BankEntryDecision.BOOKED
                    && entry.paymentIds().contains(paymentId.value())) {
                return Optional.of(paymentIdsOf(entry));
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the entries of an account that the bank booked on {@code day}, each once: the copy of
     * an entry stored under its marked content key is left out.
     */
    public List<AccountEntry> entriesOn(CompanyId companyId, String accountId, LocalDate day) {
        return context
                .stores()
                .bankEntries()
                .ofAccount(companyId.value(), accountId, day, day)
                .stream()
                .filter(entry -> !entry.entryKey().endsWith(BankEntryKey.WITH_REFERENCE_SUFFIX))
                .map(
                        entry ->
                                new AccountEntry(
                                        entry.entryKey(),
                                        entry.statementId(),
                                        BookedEntry.Decision.valueOf(entry.decision().name()),
                                        entry.paymentId().map(PaymentId::new),
                                        entry.amountMinor(),
                                        entry.currency(),
                                        entry.endToEndId()))
                .toList();
    }

    /**
     * Returns the payments that have an allocation to the invoice, in the order of their first
     * allocation, each once.
     */
    public List<PaymentId> paymentsAllocatedTo(CompanyId companyId, InvoiceId invoiceId) {
        Set<UUID> sources = new LinkedHashSet<>();
        for (AllocationRecord allocation :
                context.stores()
                        .allocations()
                        .findByInvoice(companyId.value(), invoiceId.value())) {
            sources.add(allocation.sourceId());
        }
        return sources.stream().map(PaymentId::new).toList();
    }

    /**
     * Stores the entry under every key it records, in the active transaction, with every payment it
     * produced or reversed, the first of them as the entry's payment. {@code paymentIds} is empty
     * for an ignored entry.
     *
     * <p>The reference key and an unmarked content key are the entry's identity and must be new.
     * The marked content key is evidence for a notification that lacks the bank reference. An entry
     * of equal content with another reference may have it already, because a statement in another
     * line order gives the occurrence number to another line. The entry then takes the lowest free
     * occurrence number instead, so that each booked entry of that content leaves one marked key.
     * The reference key and the marked content key go to the store in one call of {@code
     * insertWithEvidence}, and each further occurrence number tried costs one more call.
     *
     * @throws io.github.tahsilat.persistence.spi.DuplicateKeyException if the reference key or the
     *     unmarked content key is already stored, for example by a parallel import of the same
     *     statement
     * @throws InvalidInputException if a key, the statement id or the account id is too long for
     *     the store
     */
    public void record(
            CompanyId companyId,
            String statementId,
            BankEntryKey key,
            BankLine line,
            BookedEntry.Decision decision,
            List<PaymentId> paymentIds) {
        MinorAmount amount = MinorAmount.of(line.amount(), RoundingMode.UNNECESSARY);
        Optional<UUID> first = paymentIds.stream().findFirst().map(PaymentId::value);
        List<UUID> additional = paymentIds.stream().skip(1).map(PaymentId::value).toList();
        Function<String, BankEntryRecord> entryUnder =
                entryKey ->
                        build(
                                () ->
                                        new BankEntryRecord(
                                                companyId.value(),
                                                entryKey,
                                                statementId,
                                                line.accountId(),
                                                line.bookingDate(),
                                                amount.units(),
                                                amount.currencyCode(),
                                                line.endToEndId(),
                                                BankEntryDecision.valueOf(decision.name()),
                                                first,
                                                additional,
                                                context.stamp()));
        if (key.referenceKey().isEmpty()) {
            context.stores()
                    .bankEntries()
                    .insertAll(companyId.value(), List.of(entryUnder.apply(key.contentKey())));
            return;
        }
        String marked = key.contentKey() + BankEntryKey.WITH_REFERENCE_SUFFIX;
        boolean markedStored =
                context.stores()
                        .bankEntries()
                        .insertWithEvidence(
                                companyId.value(),
                                entryUnder.apply(key.referenceKey().get()),
                                entryUnder.apply(marked));
        if (!markedStored) {
            recordLowestFreeMarkedKey(companyId, key, marked, entryUnder);
        }
    }

    /**
     * Stores the entry under the marked content key of the lowest occurrence number that no other
     * entry has, other than {@code marked}, which the caller found taken.
     */
    private void recordLowestFreeMarkedKey(
            CompanyId companyId,
            BankEntryKey key,
            String marked,
            Function<String, BankEntryRecord> entryUnder) {
        BankEntryStore store = context.stores().bankEntries();
        // Each number that fails is the key of a stored entry, so the loop ends after at most as
        // many tries as the company has entries of this content.
        for (int occurrence = 1; ; occurrence++) {
            String candidate = key.markedContentKey(occurrence);
            if (!candidate.equals(marked)
                    && store.insertIfAbsent(companyId.value(), entryUnder.apply(candidate))) {
                return;
            }
        }
    }

    private static List<PaymentId> paymentIdsOf(BankEntryRecord entry) {
        return entry.paymentIds().stream().map(PaymentId::new).toList();
    }

    private static BookedEntry toBookedEntry(BankEntryRecord entry) {
        return new BookedEntry(
                entry.entryKey(),
                entry.statementId(),
                BookedEntry.Decision.valueOf(entry.decision().name()),
                entry.paymentId().map(PaymentId::new),
                paymentIdsOf(entry),
                entry.lastWrite().actor().id(),
                entry.lastWrite().at());
    }

    /**
     * Adds to {@code lookups} the stored keys that {@link BankEntryKey#isBookedIn} reads for {@code
     * key}. For an entry with a bank reference they are its reference key and its content key. For
     * one without, they are its content key and its marked content key, taken from {@code
     * markedKeys} unless that is {@code null}.
     */
    private static void addLookupKeys(
            BankEntryKey key, List<String> lookups, MarkedKeys markedKeys) {
        if (key.referenceKey().isPresent()) {
            // The marked content key of an entry with a reference marks nothing as booked. An
            // entry without a reference and with the same content key adds it for itself.
            lookups.add(key.referenceKey().get());
            lookups.add(key.contentKey());
            return;
        }
        lookups.add(key.contentKey());
        lookups.add(
                markedKeys == null
                        ? key.contentKey() + BankEntryKey.WITH_REFERENCE_SUFFIX
                        : markedKeys.of(key));
    }

    /**
     * The marked content keys ({@code contentKey + "+ref"}) built for the look-ups of one import,
     * by key instance. Not thread-safe.
     */
    public static final class MarkedKeys {

        private final Map<BankEntryKey, String> byKey;

        /** Creates an empty cache sized for {@code expected} keys. */
        public MarkedKeys(int expected) {
            byKey = new IdentityHashMap<>(Math.max(1, expected));
        }

        /** Returns the marked content key of {@code key}, built at its first request. */
        String of(BankEntryKey key) {
            return byKey.computeIfAbsent(
                    key, k -> k.contentKey() + BankEntryKey.WITH_REFERENCE_SUFFIX);
        }
    }

    private static BankEntryRecord build(Supplier<BankEntryRecord> record) {
        try {
            return record.get();
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(
                    "bankEntry", e.getMessage(), "values the bank entry store can hold");
        }
    }
}
