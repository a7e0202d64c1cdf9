package io.github.tahsilat.reconciliation;

import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.error.CurrencyMismatchException;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.identifier.Iban;
import io.github.tahsilat.identifier.TaxIdentifier;
import io.github.tahsilat.internal.input.InputChecks;
import io.github.tahsilat.internal.money.MinorAmount;
import io.github.tahsilat.internal.reconciliation.TextFolding;
import io.github.tahsilat.invoice.InvoiceId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import javax.money.MonetaryAmount;

/**
 * The open items of one company, indexed for matching bank lines: by invoice number, by payment
 * reference, by the counterparty's IBANs, tax identifiers and name, and by amount, overall and per
 * counterparty.
 *
 * <p>The index is kept, not rebuilt per batch: the host fills it once with {@link #put}, and the
 * booking side keeps it current with {@link #updateOutstanding} and {@link #remove} as payments are
 * applied and invoices close. Every look-up is a hash or tree access, never a scan of all items,
 * and returns items in a stable order: oldest due date, then invoice number, then invoice id.
 *
 * <p>Keys are normalized on the way in and on every look-up, so callers pass text as printed:
 * invoice numbers by {@code TextFolding}'s invoice-number key (folded to upper-case ASCII, only
 * letters and digits, leading zeros of each run of digits removed: {@code "inv-000123"} finds
 * {@code INV123}), payment references in compact upper case, names folded to upper-case ASCII
 * words.
 *
 * <p>Not thread-safe: confine an index to one thread, or guard every call with one lock.
 */
public final class OpenItemIndex {

    private final Map<InvoiceId, Indexed> items = new HashMap<>();
    // Invoice numbers and references are kept by the 64-bit hash of their key, so that the many
    // text windows of a line that name no invoice are rejected without building a string.
    private final TextKeyTable<Bucket> byNumber =
            new TextKeyTable<>(bucket -> numberKey(bucket.first().candidate()));
    private final TextKeyTable<Bucket> byReference =
            new TextKeyTable<>(bucket -> referenceKey(bucket.first().candidate()));
    private final Map<CounterpartyId, Bucket> byCounterparty = new HashMap<>();
    private final CountingIndex byIban = new CountingIndex();
    private final CountingIndex byTaxId = new CountingIndex();
    private final CountingIndex byName = new CountingIndex();
    private final AmountBuckets byAmount = new AmountBuckets();
    private final Map<CounterpartyId, AmountBuckets> byCounterpartyAmount = new HashMap<>();

    /** An item with its order key and its outstanding amount in minor units. */
    record Indexed(OpenItemCandidate candidate, ItemKey key, MinorAmount outstanding)
            implements Comparable<Indexed> {

        @Override
        public int compareTo(Indexed other) {
            return key.compareTo(other.key);
        }
    }

    /**
     * The items under one key, in index order. A single item, as under most invoice numbers and
     * references, is kept in a field, and a sorted set is created when a second item arrives.
     */
    static final class Bucket {
        private Indexed single;
        private TreeSet<Indexed> many;

        /** Returns the first item in index order; the bucket must not be empty. */
        Indexed first() {
            return many == null ? single : many.first();
        }

        void add(Indexed indexed) {
            if (many != null) {
                many.add(indexed);
            } else if (single == null || single.compareTo(indexed) == 0) {
                single = indexed;
            } else {
                many = new TreeSet<>();
                many.add(single);
                many.add(indexed);
                single = null;
            }
        }

        /** Removes the item and returns whether the bucket is empty afterwards. */
        boolean removeAndCheckEmpty(Indexed indexed) {
            if (many != null) {
                many.remove(indexed);
                return many.isEmpty();
            }
            if (single != null && single.compareTo(indexed) == 0) {
                single = null;
            }
            return single == null;
        }

        List<OpenItemCandidate> candidates(int limit) {
            if (many == null) {
                return single == null || limit == 0 ? List.of() : List.of(single.candidate());
            }
            List<OpenItemCandidate> found = new ArrayList<>(Math.min(limit, many.size()));
            for (Indexed indexed : many) {
                if (found.size() >= limit) {
                    break;
                }
                found.add(indexed.candidate());
            }
            return Collections.unmodifiableList(found);
        }
    }

    /** Creates an empty index. */
    public OpenItemIndex() {}

    /**
     * Adds an open item, or replaces the item with the same invoice id.
     *
     * @throws InvalidInputException if {@code candidate} is {@code null}
     */
    public void put(OpenItemCandidate candidate) {
        InputChecks.present(candidate, "candidate", "an open item");
        remove(candidate.invoiceId());
        Indexed indexed =
                new Indexed(
                        candidate,
                        ItemKey.of(candidate),
                        Amounts.toMinor(candidate.outstanding(), "outstanding"));
        items.put(candidate.invoiceId(), indexed);
        link(indexed);
    }

    /**
     * Sets an item's outstanding amount after a payment, credit or reversal, and removes the item
     * when the amount is zero.
     *
     * @return whether the index had the item
     * @throws InvalidInputException if an argument is {@code null}, {@code outstanding} is negative
     *     or has more decimals than its currency
     * @throws CurrencyMismatchException if {@code outstanding} is in another currency than the item
     */
    public boolean updateOutstanding(InvoiceId invoiceId, MonetaryAmount outstanding) {
        InputChecks.present(invoiceId, "invoiceId", "an invoice id");
        InputChecks.present(outstanding, "outstanding", "the amount still owed");
        MinorAmount units = Amounts.toMinor(outstanding, "outstanding");
        if (units.isNegative()) {
            throw new InvalidInputException(
                    "outstanding", outstanding, "zero or more; zero closes the item");
        }
        Indexed current = items.get(invoiceId);
        if (current == null) {
            return false;
        }
        current.outstanding().requireSameCurrency("update", units);
        if (units.isZero()) {
            remove(invoiceId);
        } else {
            put(current.candidate().withOutstanding(outstanding));
        }
        return true;
    }

    /**
     * Removes an item, for example when its invoice closes or is cancelled.
     *
     * @return whether the index had the item
     * @throws InvalidInputException if {@code invoiceId} is {@code null}
     */
    public boolean remove(InvoiceId invoiceId) {
        InputChecks.present(invoiceId, "invoiceId", "an invoice id");
        Indexed removed = items.remove(invoiceId);
        if (removed == null) {
            return false;
        }
        unlink(removed);
        return true;
    }

    /** Returns the number of open items. */
    public int size() {
        return items.size();
    }

    /** Returns the item of {@code invoiceId}, or empty. */
    public Optional<OpenItemCandidate> find(InvoiceId invoiceId) {
        Indexed indexed = items.get(invoiceId);
        return indexed == null ? Optional.empty() : Optional.of(indexed.candidate());
    }

    /**
     * Returns the items whose invoice number has the same key as {@code number}, such as the items
     * numbered {@code INV-000123} for {@code "inv 123"}. Letters fold to their ASCII base letter,
     * so {@code "şğ"} finds {@code ŞĞ}. A number with no letter or digit that folds to ASCII, such
     * as {@code "???"} or {@code "日本"}, has an empty key and finds no item.
     */
    public List<OpenItemCandidate> findByInvoiceNumber(String number) {
        String key = TextFolding.invoiceNumberKey(number);
        if (key.isEmpty()) {
            // Every number with no letter or digit that folds to ASCII has this key, so it names
            // no item.
            return List.of();
        }
        return candidates(byNumber.get(TextKeyHash.of(key), key));
    }

    /**
     * Returns whether some item may have an invoice-number key with this {@link TextKeyHash hash}.
     * False means that no item has it, so a window of a bank line can be skipped without building
     * its text; true must be confirmed with {@link #findByInvoiceNumber}.
     */
    boolean mayHaveInvoiceNumberKey(long keyHash) {
        return byNumber.containsHash(keyHash);
    }

    /** Returns whether some item has a payment reference. */
    boolean hasPaymentReferences() {
        return !byReference.isEmpty();
    }

    /** Returns the items whose payment reference equals the compact form of {@code reference}. */
    public List<OpenItemCandidate> findByPaymentReference(String reference) {
        if (byReference.isEmpty()) {
            return List.of();
        }
        String key = TextFolding.compactReference(reference);
        return candidates(byReference.get(TextKeyHash.of(key), key));
    }

    /** Returns the counterparties with an open item that list {@code iban}, ordered by id. */
    public List<CounterpartyId> counterpartiesByIban(Iban iban) {
        return byIban.get(iban.value());
    }

    /** Returns the counterparties with an open item that have {@code taxId}, ordered by id. */
    public List<CounterpartyId> counterpartiesByTaxId(TaxIdentifier taxId) {
        return byTaxId.get(taxIdKey(taxId));
    }

    /**
     * Returns the counterparties with an open item whose folded name equals that of {@code name},
     * ordered by id.
     */
    public List<CounterpartyId> counterpartiesByName(String name) {
        return byName.get(TextFolding.foldName(name));
    }

    /**
     * Returns up to {@code limit} counterparties with an open item whose folded name starts with
     * the folded {@code prefix} and is longer, ordered by folded name, then id. With {@code
     * wordBoundary}, the folded name must continue with a space after the prefix.
     *
     * @throws InvalidInputException if {@code limit} is negative
     */
    public List<CounterpartyId> counterpartiesByNamePrefix(
            String prefix, boolean wordBoundary, int limit) {
        checkLimit(limit);
        String key = TextFolding.foldName(prefix);
        if (key.isEmpty()) {
            return List.of();
        }
        return byName.longerKeysWithPrefix(wordBoundary ? key + " " : key, limit);
    }

    /**
     * Returns up to {@code limit} of a counterparty's open items, oldest due date first.
     *
     * @throws InvalidInputException if {@code limit} is negative
     */
    public List<OpenItemCandidate> openItemsOf(CounterpartyId counterpartyId, int limit) {
        checkLimit(limit);
        Bucket bucket = byCounterparty.get(counterpartyId);
        return bucket == null ? new ArrayList<>() : new ArrayList<>(bucket.candidates(limit));
    }

    /**
     * Returns up to {@code limit} items with an outstanding amount from {@code low} to {@code high}
     * inclusive, by amount and then due date.
     *
     * @throws InvalidInputException if {@code limit} is negative
     * @throws CurrencyMismatchException if the bounds are in different currencies
     */
    public List<OpenItemCandidate> findByOutstanding(
            MonetaryAmount low, MonetaryAmount high, int limit) {
        checkLimit(limit);
        return amountRange(byAmount, low, high, limit);
    }

    /**
     * Returns up to {@code limit} of a counterparty's items with an outstanding amount from {@code
     * low} to {@code high} inclusive, by amount and then due date.
     *
     * @throws InvalidInputException if {@code limit} is negative
     * @throws CurrencyMismatchException if the bounds are in different currencies
     */
    public List<OpenItemCandidate> findByCounterpartyAndOutstanding(
            CounterpartyId counterpartyId, MonetaryAmount low, MonetaryAmount high, int limit) {
        checkLimit(limit);
        AmountBuckets buckets = byCounterpartyAmount.get(counterpartyId);
        if (buckets == null) {
            return List.of();
        }
        return amountRange(buckets, low, high, limit);
    }

    /**
     * Returns the same items as {@link #findByOutstanding} for bounds already in minor units of one
     * currency, so that the amount rule does not convert them to public amounts and back.
     */
    List<OpenItemCandidate> findByOutstandingUnits(MinorAmount low, MinorAmount high, int limit) {
        return byAmount.between(low, high, limit);
    }

    /**
     * Returns the same items as {@link #findByCounterpartyAndOutstanding} for bounds already in
     * minor units of one currency.
     */
    List<OpenItemCandidate> findByCounterpartyAndOutstandingUnits(
            CounterpartyId counterpartyId, MinorAmount low, MinorAmount high, int limit) {
        AmountBuckets buckets = byCounterpartyAmount.get(counterpartyId);
        return buckets == null ? List.of() : buckets.between(low, high, limit);
    }

    private List<OpenItemCandidate> amountRange(
            AmountBuckets buckets, MonetaryAmount low, MonetaryAmount high, int limit) {
        MinorAmount lowUnits = Amounts.toMinor(low, "low");
        MinorAmount highUnits = Amounts.toMinor(high, "high");
        lowUnits.requireSameCurrency("compare", highUnits);
        return buckets.between(lowUnits, highUnits, limit);
    }

    private void link(Indexed indexed) {
        OpenItemCandidate candidate = indexed.candidate();
        CounterpartyId counterpartyId = candidate.counterpartyId();
        addTextKey(byNumber, numberKey(candidate), indexed);
        if (candidate.paymentReference().isPresent()) {
            addTextKey(byReference, referenceKey(candidate), indexed);
        }
        addKey(byCounterparty, counterpartyId, indexed);
        candidate.counterpartyIbans().forEach(iban -> byIban.add(iban.value(), counterpartyId));
        candidate
                .counterpartyTaxIds()
                .forEach(taxId -> byTaxId.add(taxIdKey(taxId), counterpartyId));
        byName.add(TextFolding.foldName(candidate.counterpartyName()), counterpartyId);
        byAmount.add(indexed);
        byCounterpartyAmount
                .computeIfAbsent(counterpartyId, id -> new AmountBuckets())
                .add(indexed);
    }

    private void unlink(Indexed indexed) {
        OpenItemCandidate candidate = indexed.candidate();
        CounterpartyId counterpartyId = candidate.counterpartyId();
        removeTextKey(byNumber, numberKey(candidate), indexed);
        if (candidate.paymentReference().isPresent()) {
            removeTextKey(byReference, referenceKey(candidate), indexed);
        }
        removeKey(byCounterparty, counterpartyId, indexed);
        candidate.counterpartyIbans().forEach(iban -> byIban.remove(iban.value(), counterpartyId));
        candidate
                .counterpartyTaxIds()
                .forEach(taxId -> byTaxId.remove(taxIdKey(taxId), counterpartyId));
        byName.remove(TextFolding.foldName(candidate.counterpartyName()), counterpartyId);
        byAmount.remove(indexed);
        AmountBuckets buckets = byCounterpartyAmount.get(counterpartyId);
        buckets.remove(indexed);
        if (buckets.isEmpty()) {
            byCounterpartyAmount.remove(counterpartyId);
        }
    }

    private static List<OpenItemCandidate> candidates(Bucket bucket) {
        return bucket == null ? List.of() : bucket.candidates(Integer.MAX_VALUE);
    }

    private static String numberKey(OpenItemCandidate candidate) {
        return TextFolding.invoiceNumberKey(candidate.invoiceNumber());
    }

    private static String referenceKey(OpenItemCandidate candidate) {
        return candidate.paymentReference().orElseThrow().value();
    }

    private static void addTextKey(TextKeyTable<Bucket> index, String key, Indexed item) {
        long hash = TextKeyHash.of(key);
        Bucket bucket = index.get(hash, key);
        if (bucket == null) {
            bucket = new Bucket();
            bucket.add(item);
            index.add(hash, bucket);
        } else {
            bucket.add(item);
        }
    }

    private static void removeTextKey(TextKeyTable<Bucket> index, String key, Indexed item) {
        long hash = TextKeyHash.of(key);
        Bucket bucket = index.get(hash, key);
        if (bucket != null && bucket.removeAndCheckEmpty(item)) {
            index.removeValue(hash, bucket);
        }
    }

    private static <K> void addKey(Map<K, Bucket> index, K key, Indexed item) {
        index.computeIfAbsent(key, k -> new Bucket()).add(item);
    }

    private static <K> void removeKey(Map<K, Bucket> index, K key, Indexed item) {
        Bucket bucket = index.get(key);
        if (bucket != null && bucket.removeAndCheckEmpty(item)) {
            index.remove(key);
        }
    }

    private static String taxIdKey(TaxIdentifier taxId) {
        return taxId.countryCode() + ":" + taxId.value();
    }

    private static void checkLimit(int limit) {
        if (limit < 0) {
            throw new InvalidInputException("limit", limit, "zero or more items");
        }
    }
}
