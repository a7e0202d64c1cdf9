package io.github.tahsilat.reconciliation;

import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.input.InputChecks;
import io.github.tahsilat.internal.money.MinorAmount;
import io.github.tahsilat.internal.reconciliation.TextFolding;
import io.github.tahsilat.invoice.InvoiceId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.money.CurrencyUnit;

/**
 * The open items of one company in primitive columns, for {@link CompactBankLineMatcher}: each item
 * sits in a slot number that the host chooses, with its invoice number, counterparty number,
 * outstanding amount in minor units, currency and due date as an epoch day.
 *
 * <p>The host keeps the index up to date item by item, as it books: {@link #put} adds or replaces
 * an item, {@link #settle} sets its new outstanding amount and {@link #remove} takes it out. Each
 * takes constant time, except that removing or replacing an item walks the other items with its
 * invoice-number key or payment reference, usually none, and that {@code put} searches the list of
 * the index's currencies. Nothing is rebuilt per batch. Counterparty names are set apart with
 * {@link #nameCounterparty}, once per counterparty number.
 *
 * <p>Invoice numbers are found by the 64-bit hash of their invoice-number key, with the same key as
 * {@link OpenItemIndex#findByInvoiceNumber}, and a hit is confirmed against the invoice number the
 * index keeps. Names are found by the hash of their folded name, the key of {@link
 * OpenItemIndex#counterpartiesByName}. Each counterparty's items are linked through {@code int}
 * columns (first item per counterparty, next and previous per item). The items with one outstanding
 * amount, of one counterparty or of any, are found by the hash of their values, so no object is
 * created per item. Payment references the host issued are found by the hash of their compact form.
 * The index keeps no IBANs or tax ids.
 *
 * <p>When two candidates of a line have the same score, due date and invoice number, the matcher
 * ranks them by invoice id if both items were put with one, as {@link BankLineMatcher} does, and
 * else by slot.
 *
 * <p>The index allocates its columns for the capacities it is created with, and {@link
 * #ensureCapacity} grows them.
 *
 * <p>Not thread-safe: confine an index to one thread, or guard every call with one lock.
 */
public final class CompactOpenItemIndex {

    private static final int NONE = -1;
    private static final int LETTERS = 26;

    /** The number of longs per slot in {@link #records}. */
    private static final int LONGS_PER_SLOT = 3;

    /**
     * The largest item and counterparty capacity: a {@link TextKeySlots} stays at most half full,
     * so 2^29 keys take at most 1.5 × 2^30 entries, within the maximum length of a Java array.
     */
    private static final int MAX_CAPACITY = 1 << 29;

    /**
     * The slots that a grown capacity leaves below a power of two, or 1.5 times one: 32 bytes of an
     * {@code int} column, room for an array header of 16 bytes with compressed class pointers or 24
     * without.
     */
    private static final int HEADER_SLOTS = 8;

    /** The class of keys that start with a digit or are empty; see {@link #startClass}. */
    private static final int OTHER_START = LETTERS * (LETTERS + 1);

    /** The number of classes of a key's last character: 10 digits, 26 letters and the rest. */
    private static final int LAST_CHARACTERS = 10 + LETTERS + 1;

    /** The key length from which {@link #endClass} puts every length in one class. */
    private static final int LONG_KEY = 63;

    private int capacity;

    /**
     * Three longs per slot, so that one or two adjacent cache lines give the matcher an item's
     * amount, owner and number: the outstanding amount in minor units, then the counterparty number
     * in the upper 32 bits and the currency's index in the lowest 16, then the invoice-number key
     * packed by {@link CompactText#packNumberKey}, or 0 when it does not fit in a long.
     */
    private long[] records;

    private int[] dueEpochDays;

    /** The invoice number of each item, which also marks the slots that contain an item. */
    private final InvoiceNumberColumn invoiceNumbers;

    /**
     * The compact payment reference of each item, or null. The column and {@link
     * #nextWithReferenceHash} stay null until an item is put with a reference.
     */
    private String[] paymentReferences;

    /**
     * The invoice id of each item as two longs, the most significant first, or null until an item
     * is put with an id.
     */
    private long[] invoiceIds;

    /** One bit per slot, set when the item in the slot has an id in {@link #invoiceIds}. */
    private long[] identified;

    private int[] nextWithReferenceHash;
    private final TextKeySlots byReferenceHash = new TextKeySlots();
    private int referenceCount;
    private int[] nextOfCounterparty;
    private int[] previousOfCounterparty;
    private int[] nextWithNumberHash;
    private final TextKeySlots byNumberHash = new TextKeySlots();
    private int[] nextWithAmountHash;
    private int[] previousWithAmountHash;

    /** The number of invoice-number keys per class of their first two characters. */
    private final int[] keysByStart = new int[OTHER_START + 1];

    /**
     * The number of invoice-number keys per class of their length and last character. At 9,472
     * bytes it is small enough to stay in the processor's cache, where a table of 1,000,000 keys is
     * not.
     */
    private final int[] keysByEnd = new int[(LONG_KEY + 1) * LAST_CHARACTERS];

    private final TextKeySlots byCounterpartyAmount = new TextKeySlots();
    private int[] nextWithCurrencyAmountHash;
    private int[] previousWithCurrencyAmountHash;
    private final TextKeySlots byCurrencyAmount = new TextKeySlots();

    private int[] firstItemOf;
    private String[] nameKeys;
    private int[] nextWithNameHash;
    private final TextKeySlots byNameHash = new TextKeySlots();

    private final List<CurrencyUnit> currencies = new ArrayList<>();
    private int size;

    /**
     * Creates an empty index for items in slots 0 to {@code itemCapacity - 1} and counterparty
     * numbers 0 to {@code counterpartyCapacity - 1}.
     *
     * <p>NOTE: the index allocates every column at once, so capacities within the limits below may
     * still fail with {@link OutOfMemoryError} on a small heap.
     *
     * @throws InvalidInputException if a capacity is negative or more than 536,870,912 (2^29), the
     *     most keys that the hash tables of the index hold
     */
    public CompactOpenItemIndex(int itemCapacity, int counterpartyCapacity) {
        checkCapacity("itemCapacity", itemCapacity);
        checkCapacity("counterpartyCapacity", counterpartyCapacity);
        capacity = itemCapacity;
        records = new long[LONGS_PER_SLOT * itemCapacity];
        dueEpochDays = new int[itemCapacity];
        invoiceNumbers = new InvoiceNumberColumn(itemCapacity);
        nextOfCounterparty = new int[itemCapacity];
        previousOfCounterparty = new int[itemCapacity];
        nextWithNumberHash = new int[itemCapacity];
        nextWithAmountHash = new int[itemCapacity];
        previousWithAmountHash = new int[itemCapacity];
        nextWithCurrencyAmountHash = new int[itemCapacity];
        previousWithCurrencyAmountHash = new int[itemCapacity];
        firstItemOf = new int[counterpartyCapacity];
        Arrays.fill(firstItemOf, NONE);
        nameKeys = new String[counterpartyCapacity];
        nextWithNameHash = new int[counterpartyCapacity];
    }

    /**
     * Grows the index, when it has room for fewer, to at least slots 0 to {@code itemCapacity - 1}
     * and counterparty numbers 0 to {@code counterpartyCapacity - 1}, by copying its columns. A
     * capacity that grows at all grows to the next size of the form 2^k - 8 or 3 × 2^(k - 1) - 8,
     * by about a third or a half, up to the maximum below. A host that calls this for each new slot
     * therefore copies each item a constant number of times on average. The 8 slots below those
     * sizes leave room for the array header, so that a large column fills a whole number of the G1
     * collector's regions, whose sizes are powers of two, and does not spill into one more region.
     *
     * <p>NOTE: during the copy the old and the new columns are both on the heap.
     *
     * @throws InvalidInputException if a capacity is negative or more than 536,870,912 (2^29).
     *     Nothing changes then.
     */
    public void ensureCapacity(int itemCapacity, int counterpartyCapacity) {
        checkCapacity("itemCapacity", itemCapacity);
        checkCapacity("counterpartyCapacity", counterpartyCapacity);
        if (itemCapacity > capacity) {
            growItems(grown(capacity, itemCapacity));
        }
        if (counterpartyCapacity > firstItemOf.length) {
            growCounterparties(grown(firstItemOf.length, counterpartyCapacity));
        }
    }

    /**
     * Returns the smallest capacity of the form 2^k - {@value #HEADER_SLOTS} or 3 × 2^(k - 1) -
     * {@value #HEADER_SLOTS} that is more than {@code current} and at least {@code requested}, or
     * the maximum capacity when that is less.
     */
    static int grown(int current, int requested) {
        long target = Math.max(requested, current + 1L) + HEADER_SLOTS;
        long power = Long.highestOneBit(target);
        long size;
        if (target == power) {
            size = power;
        } else if (target <= power + power / 2) {
            size = power + power / 2;
        } else {
            size = 2 * power;
        }
        return (int) Math.min(MAX_CAPACITY, size - HEADER_SLOTS);
    }

    private void growItems(int newCapacity) {
        records = Arrays.copyOf(records, LONGS_PER_SLOT * newCapacity);
        dueEpochDays = Arrays.copyOf(dueEpochDays, newCapacity);
        invoiceNumbers.grow(newCapacity);
        if (paymentReferences != null) {
            paymentReferences = Arrays.copyOf(paymentReferences, newCapacity);
            nextWithReferenceHash = Arrays.copyOf(nextWithReferenceHash, newCapacity);
        }
        nextOfCounterparty = Arrays.copyOf(nextOfCounterparty, newCapacity);
        previousOfCounterparty = Arrays.copyOf(previousOfCounterparty, newCapacity);
        nextWithNumberHash = Arrays.copyOf(nextWithNumberHash, newCapacity);
        nextWithAmountHash = Arrays.copyOf(nextWithAmountHash, newCapacity);
        previousWithAmountHash = Arrays.copyOf(previousWithAmountHash, newCapacity);
        nextWithCurrencyAmountHash = Arrays.copyOf(nextWithCurrencyAmountHash, newCapacity);
        previousWithCurrencyAmountHash = Arrays.copyOf(previousWithCurrencyAmountHash, newCapacity);
        if (invoiceIds != null) {
            invoiceIds = Arrays.copyOf(invoiceIds, 2 * newCapacity);
            identified = Arrays.copyOf(identified, bitWords(newCapacity));
        }
        capacity = newCapacity;
    }

    private void growCounterparties(int newCapacity) {
        int oldCapacity = firstItemOf.length;
        firstItemOf = Arrays.copyOf(firstItemOf, newCapacity);
        Arrays.fill(firstItemOf, oldCapacity, newCapacity, NONE);
        nameKeys = Arrays.copyOf(nameKeys, newCapacity);
        nextWithNameHash = Arrays.copyOf(nextWithNameHash, newCapacity);
    }

    private static int bitWords(int bits) {
        return (bits + Long.SIZE - 1) / Long.SIZE;
    }

    /** Returns the number of slots, the largest slot number plus one. */
    public int itemCapacity() {
        return capacity;
    }

    /** Returns the number of counterparty numbers, the largest plus one. */
    public int counterpartyCapacity() {
        return firstItemOf.length;
    }

    /** Returns the number of open items. */
    public int size() {
        return size;
    }

    /**
     * Sets the name of a counterparty, replacing the name it had. A bank line names the
     * counterparty when the two names fold to the same key: upper-case ASCII words, as {@code
     * "Öz-Ünlü Ltd. Şti."} folds to {@code "OZ UNLU LTD STI"}.
     *
     * @throws InvalidInputException if {@code counterparty} is outside 0 to {@code
     *     counterpartyCapacity() - 1}, or {@code name} is {@code null}, blank, longer than 1,000
     *     characters or has no letter or digit
     */
    public void nameCounterparty(int counterparty, String name) {
        checkCounterparty(counterparty);
        InputChecks.personalText(name, "name", 1000);
        String key = TextFolding.foldName(name);
        if (key.isEmpty()) {
            throw new InvalidInputException(
                    "name", InputChecks.redacted(name), "a name with at least one letter or digit");
        }
        if (nameKeys[counterparty] != null) {
            unlink(
                    byNameHash,
                    nextWithNameHash,
                    TextKeyHash.of(nameKeys[counterparty]),
                    counterparty);
        }
        nameKeys[counterparty] = key;
        link(byNameHash, nextWithNameHash, TextKeyHash.of(key), counterparty);
    }

    /**
     * Adds an open item without a payment reference in {@code slot}, or replaces the item the slot
     * contains. The same as {@link #put(int, String, String, int, long, CurrencyUnit, int)} with a
     * {@code null} reference.
     *
     * @throws InvalidInputException under the conditions of that method. Nothing changes then.
     */
    public void put(
            int slot,
            String invoiceNumber,
            int counterparty,
            long outstandingUnits,
            CurrencyUnit currency,
            int dueEpochDay) {
        put(slot, invoiceNumber, null, counterparty, outstandingUnits, currency, dueEpochDay);
    }

    /**
     * Adds an open item in {@code slot}, or replaces the item the slot contains.
     *
     * @param slot the host's number for the item, from 0 to {@code itemCapacity() - 1}
     * @param invoiceNumber the invoice number as printed, such as {@code INV-000123}
     * @param paymentReference the payment reference the host issued for the item, as printed, or
     *     {@code null}. A text window equal to its compact form, as {@link
     *     StructuredReference#parse} makes it, names the item.
     * @param counterparty the counterparty's number, from 0 to {@code counterpartyCapacity() - 1}
     * @param outstandingUnits the amount still owed in minor units of {@code currency}, more than 0
     * @param currency the item's currency
     * @param dueEpochDay the due date as {@link java.time.LocalDate#toEpochDay()} counts it
     * @throws InvalidInputException if {@code slot} or {@code counterparty} is out of range, {@code
     *     invoiceNumber} is {@code null}, blank or longer than 200 characters, {@code
     *     paymentReference} has no letter or digit or more than 35, {@code outstandingUnits} is
     *     zero or less, {@code currency} is {@code null}, {@code currency} is new to an index that
     *     already has 32,768 currencies, or the index already contains about 2 GiB of encoded
     *     invoice numbers. Nothing changes then.
     */
    public void put(
            int slot,
            String invoiceNumber,
            String paymentReference,
            int counterparty,
            long outstandingUnits,
            CurrencyUnit currency,
            int dueEpochDay) {
        checkSlot(slot);
        InputChecks.text(invoiceNumber, "invoiceNumber", 200);
        String reference =
                paymentReference == null
                        ? null
                        : StructuredReference.compactForm(paymentReference, "paymentReference");
        checkCounterparty(counterparty);
        if (outstandingUnits <= 0) {
            throw new InvalidInputException(
                    "outstandingUnits",
                    outstandingUnits,
                    "minor units greater than zero for an open item; settle with zero to close it");
        }
        InputChecks.present(currency, "currency", "the item's currency");
        invoiceNumbers.checkRoom(invoiceNumber);
        int currencyIndex = currencyIndex(currency);
        if (invoiceNumbers.contains(slot)) {
            remove(slot);
        }
        String key = TextFolding.invoiceNumberKey(invoiceNumber);
        records[LONGS_PER_SLOT * slot] = outstandingUnits;
        records[LONGS_PER_SLOT * slot + 1] = ((long) counterparty << 32) | currencyIndex;
        records[LONGS_PER_SLOT * slot + 2] = CompactText.packNumberKey(key);
        dueEpochDays[slot] = dueEpochDay;
        invoiceNumbers.set(slot, invoiceNumber);
        linkCounterparty(slot, counterparty);
        link(byNumberHash, nextWithNumberHash, TextKeyHash.of(key), slot);
        keysByStart[startClass(key)]++;
        keysByEnd[endClass(key)]++;
        linkAmounts(slot);
        if (reference != null) {
            if (paymentReferences == null) {
                paymentReferences = new String[capacity];
                nextWithReferenceHash = new int[capacity];
            }
            paymentReferences[slot] = reference;
            link(byReferenceHash, nextWithReferenceHash, TextKeyHash.of(reference), slot);
            referenceCount++;
        }
        size++;
    }

    /**
     * Adds an open item with its invoice id in {@code slot}, or replaces the item the slot
     * contains, as {@link #put(int, String, String, int, long, CurrencyUnit, int)} does. The
     * matcher ranks two candidates with the same score, due date and invoice number by this id,
     * when both items have one.
     *
     * @throws InvalidInputException if {@code invoiceId} is {@code null}, or under the conditions
     *     of that method. Nothing changes then.
     */
    public void put(
            int slot,
            String invoiceNumber,
            String paymentReference,
            int counterparty,
            long outstandingUnits,
            CurrencyUnit currency,
            int dueEpochDay,
            InvoiceId invoiceId) {
        InputChecks.present(invoiceId, "invoiceId", "the item's invoice id");
        put(
                slot,
                invoiceNumber,
                paymentReference,
                counterparty,
                outstandingUnits,
                currency,
                dueEpochDay);
        if (invoiceIds == null) {
            invoiceIds = new long[2 * capacity];
            identified = new long[bitWords(capacity)];
        }
        UUID id = invoiceId.value();
        invoiceIds[2 * slot] = id.getMostSignificantBits();
        invoiceIds[2 * slot + 1] = id.getLeastSignificantBits();
        identified[slot / Long.SIZE] |= 1L << slot;
    }

    /**
     * Sets the outstanding amount of the item in {@code slot} after a payment, credit or reversal,
     * in minor units of its currency, and removes the item when the amount is zero.
     *
     * @return whether the slot held an item
     * @throws InvalidInputException if {@code slot} is out of range or {@code outstandingUnits} is
     *     negative
     */
    public boolean settle(int slot, long outstandingUnits) {
        checkSlot(slot);
        if (outstandingUnits < 0) {
            throw new InvalidInputException(
                    "outstandingUnits", outstandingUnits, "zero or more; zero closes the item");
        }
        if (!invoiceNumbers.contains(slot)) {
            return false;
        }
        if (outstandingUnits == 0) {
            remove(slot);
        } else if (outstandingUnits != outstandingAt(slot)) {
            unlinkAmounts(slot);
            records[LONGS_PER_SLOT * slot] = outstandingUnits;
            linkAmounts(slot);
        }
        return true;
    }

    /**
     * Removes the item in {@code slot}, for example when its invoice closes or is cancelled.
     *
     * @return whether the slot held an item
     * @throws InvalidInputException if {@code slot} is out of range
     */
    public boolean remove(int slot) {
        checkSlot(slot);
        if (!invoiceNumbers.contains(slot)) {
            return false;
        }
        String number = invoiceNumbers.get(slot);
        unlinkCounterparty(slot);
        String key = TextFolding.invoiceNumberKey(number);
        unlink(byNumberHash, nextWithNumberHash, TextKeyHash.of(key), slot);
        keysByStart[startClass(key)]--;
        keysByEnd[endClass(key)]--;
        unlinkAmounts(slot);
        String reference = paymentReferenceAt(slot);
        if (reference != null) {
            unlink(byReferenceHash, nextWithReferenceHash, TextKeyHash.of(reference), slot);
            paymentReferences[slot] = null;
            referenceCount--;
        }
        if (identified != null) {
            identified[slot / Long.SIZE] &= ~(1L << slot);
        }
        invoiceNumbers.clear(slot);
        records[LONGS_PER_SLOT * slot] = 0;
        records[LONGS_PER_SLOT * slot + 2] = 0;
        size--;
        return true;
    }

    /**
     * Returns whether {@code slot} contains an item.
     *
     * @throws InvalidInputException if {@code slot} is out of range
     */
    public boolean contains(int slot) {
        checkSlot(slot);
        return invoiceNumbers.contains(slot);
    }

    /**
     * Returns the outstanding amount of the item in {@code slot} in minor units, or 0 when the slot
     * is empty.
     *
     * @throws InvalidInputException if {@code slot} is out of range
     */
    public long outstandingUnits(int slot) {
        checkSlot(slot);
        return outstandingAt(slot);
    }

    /**
     * Returns the outstanding amount of the item in {@code slot}.
     *
     * @throws InvalidInputException if {@code slot} is out of range or empty
     */
    public javax.money.MonetaryAmount outstanding(int slot) {
        checkItem(slot);
        return new MinorAmount(outstandingAt(slot), currency(slot)).toMonetaryAmount();
    }

    /**
     * Returns the invoice number of the item in {@code slot}, as given to {@link #put}.
     *
     * @throws InvalidInputException if {@code slot} is out of range or empty
     */
    public String invoiceNumber(int slot) {
        checkItem(slot);
        return invoiceNumbers.get(slot);
    }

    /**
     * Returns the invoice id of the item in {@code slot}, or empty when it was put without one.
     *
     * @throws InvalidInputException if {@code slot} is out of range or empty
     */
    public Optional<InvoiceId> invoiceId(int slot) {
        checkSlot(slot);
        // Only a slot that contains an item has its bit set, so an identified slot skips the
        // invoice-number column, whose read misses the cache for slots far apart in a large index.
        if (!isIdentified(slot)) {
            checkItem(slot);
            return Optional.empty();
        }
        return Optional.of(new InvoiceId(new UUID(invoiceIds[2 * slot], invoiceIds[2 * slot + 1])));
    }

    /**
     * Returns the compact payment reference of the item in {@code slot}, or empty when it has none.
     *
     * @throws InvalidInputException if {@code slot} is out of range or empty
     */
    public Optional<String> paymentReference(int slot) {
        checkItem(slot);
        return Optional.ofNullable(paymentReferenceAt(slot));
    }

    /**
     * Returns the counterparty number of the item in {@code slot}.
     *
     * @throws InvalidInputException if {@code slot} is out of range or empty
     */
    public int counterparty(int slot) {
        checkItem(slot);
        return counterpartyAt(slot);
    }

    /**
     * Returns the currency of the item in {@code slot}.
     *
     * @throws InvalidInputException if {@code slot} is out of range or empty
     */
    public CurrencyUnit currency(int slot) {
        checkItem(slot);
        return currencies.get(currencyAt(slot));
    }

    /**
     * Returns the due date of the item in {@code slot} as an epoch day.
     *
     * @throws InvalidInputException if {@code slot} is out of range or empty
     */
    public int dueEpochDay(int slot) {
        checkItem(slot);
        return dueEpochDays[slot];
    }

    // The matcher reads the columns below without range checks, for slots the index gave it.

    long outstandingAt(int slot) {
        return records[LONGS_PER_SLOT * slot];
    }

    int dueAt(int slot) {
        return dueEpochDays[slot];
    }

    int counterpartyAt(int slot) {
        return (int) (records[LONGS_PER_SLOT * slot + 1] >>> 32);
    }

    short currencyAt(int slot) {
        return (short) records[LONGS_PER_SLOT * slot + 1];
    }

    /** Returns the item's invoice-number key as {@link CompactText#packNumberKey} packs it. */
    long packedNumberKeyAt(int slot) {
        return records[LONGS_PER_SLOT * slot + 2];
    }

    /** Decodes the item's invoice number into a new string. */
    String invoiceNumberAt(int slot) {
        return invoiceNumbers.get(slot);
    }

    /** Compares the invoice numbers of two items as {@link String#compareTo} does. */
    int compareInvoiceNumbers(int left, int right) {
        return invoiceNumbers.compare(left, right);
    }

    /**
     * Compares the invoice ids of two items as {@link UUID#compareTo} does, or returns 0 when one
     * of them has no id.
     */
    int compareInvoiceIds(int left, int right) {
        if (identified == null || !isIdentified(left) || !isIdentified(right)) {
            return 0;
        }
        int order = Long.compare(invoiceIds[2 * left], invoiceIds[2 * right]);
        return order != 0
                ? order
                : Long.compare(invoiceIds[2 * left + 1], invoiceIds[2 * right + 1]);
    }

    private boolean isIdentified(int slot) {
        return identified != null && (identified[slot / Long.SIZE] & (1L << slot)) != 0;
    }

    boolean hasPaymentReferences() {
        return referenceCount > 0;
    }

    /** Returns the first item of the chain of items whose reference has {@code hash}, or -1. */
    int firstWithReferenceHash(long hash) {
        return byReferenceHash.head(hash);
    }

    int nextWithReferenceHash(int slot) {
        return nextWithReferenceHash[slot];
    }

    /** Returns the item's compact payment reference, or {@code null}. */
    String paymentReferenceAt(int slot) {
        return paymentReferences == null ? null : paymentReferences[slot];
    }

    /** Returns the first item of the chain of items whose number key has {@code hash}, or -1. */
    int firstWithNumberHash(long hash) {
        return byNumberHash.head(hash);
    }

    /**
     * Writes the first item of the chain under each of the first {@code count} number-key hashes
     * into {@code heads}, or -1, as {@link #firstWithNumberHash} returns it, and loads the records
     * of those items, so that the caller reads them from the cache. The look-ups wait for their
     * cache misses together rather than one after another.
     *
     * @return a combination of the values loaded ahead, which the caller keeps in a field so that
     *     the JIT compiler cannot drop those loads
     */
    long firstWithNumberHashes(long[] hashes, int count, int[] heads) {
        long loaded = byNumberHash.heads(hashes, count, heads);
        for (int i = 0; i < count; i++) {
            int slot = heads[i];
            if (slot != NONE) {
                // A record of three longs spans at most two cache lines: its first and last long.
                loaded += records[LONGS_PER_SLOT * slot] + records[LONGS_PER_SLOT * slot + 2];
            }
        }
        return loaded;
    }

    /**
     * Returns whether some invoice-number key may start with the folded letter {@code first}
     * followed by {@code second}, a folded letter or digit, or any other character when the key
     * ends after {@code first}. False means that no key starts so, and a text window whose key
     * starts so can be skipped.
     */
    boolean mayHaveKeyStarting(char first, char second) {
        return keysByStart[startClass(first, second)] > 0;
    }

    /**
     * Returns whether some invoice-number key may have {@code length} characters, at least 1, and
     * end with {@code last}. False means that no key does, and a text window whose key has that
     * length and last character can be skipped without a look-up in the table of keys.
     */
    boolean mayHaveKeyEnding(int length, char last) {
        return keysByEnd[endClass(length, last)] > 0;
    }

    int nextWithNumberHash(int slot) {
        return nextWithNumberHash[slot];
    }

    /**
     * Writes the first counterparty of the chain under each of the first {@code count} name-key
     * hashes into {@code heads}, or -1, and loads the first item and name key of those
     * counterparties, as {@link #firstWithNumberHashes} does for items.
     *
     * @return a combination of the values loaded ahead, which the caller keeps in a field so that
     *     the JIT compiler cannot drop those loads
     */
    long firstWithNameHashes(long[] hashes, int count, int[] heads) {
        long loaded = byNameHash.heads(hashes, count, heads);
        for (int i = 0; i < count; i++) {
            int counterparty = heads[i];
            if (counterparty != NONE) {
                // String.length() loads the string and its byte array's length, which the
                // matcher's name comparison reads next.
                loaded += firstItemOf[counterparty] + nameKeys[counterparty].length();
            }
        }
        return loaded;
    }

    int nextWithNameHash(int counterparty) {
        return nextWithNameHash[counterparty];
    }

    String nameKeyAt(int counterparty) {
        return nameKeys[counterparty];
    }

    /**
     * Returns the first item of the chain of items whose counterparty, currency and outstanding
     * amount have the hash of these, or -1. The chain may contain items with other values.
     */
    int firstWithAmount(int counterparty, int currencyIndex, long units) {
        return byCounterpartyAmount.head(amountHash(counterparty, currencyIndex, units));
    }

    /**
     * Writes the first item of the chain under each of the first {@code count} hashes of {@link
     * #amountHash(int, int, long)} into {@code heads}, or -1, as {@link #firstWithAmount} returns
     * it, and loads the records of those items, as {@link #firstWithNumberHashes} does.
     *
     * @return a combination of the values loaded ahead, which the caller keeps in a field so that
     *     the JIT compiler cannot drop those loads
     */
    long firstWithAmountHashes(long[] hashes, int count, int[] heads) {
        long loaded = byCounterpartyAmount.heads(hashes, count, heads);
        for (int i = 0; i < count; i++) {
            int slot = heads[i];
            if (slot != NONE) {
                loaded += records[LONGS_PER_SLOT * slot] + records[LONGS_PER_SLOT * slot + 1];
            }
        }
        return loaded;
    }

    int nextWithAmountHash(int slot) {
        return nextWithAmountHash[slot];
    }

    /**
     * Returns the first item of the chain of items whose currency and outstanding amount have the
     * hash of these, or -1. The chain may contain items with other values.
     */
    int firstWithCurrencyAmount(int currencyIndex, long units) {
        return byCurrencyAmount.head(TextKeyHash.ofNumbers(currencyIndex, units));
    }

    int nextWithCurrencyAmountHash(int slot) {
        return nextWithCurrencyAmountHash[slot];
    }

    /** Returns the first item of a counterparty, or -1 when it has none. */
    int firstItemOf(int counterparty) {
        return firstItemOf[counterparty];
    }

    int nextOfCounterparty(int slot) {
        return nextOfCounterparty[slot];
    }

    /** Returns the index of {@code currency} among the index's currencies, or -1. */
    int findCurrency(CurrencyUnit currency) {
        return currencies.indexOf(currency);
    }

    private int currencyIndex(CurrencyUnit currency) {
        int index = currencies.indexOf(currency);
        if (index >= 0) {
            return index;
        }
        if (currencies.size() > Short.MAX_VALUE) {
            throw new InvalidInputException(
                    "currency", currency, "one of at most 32,768 currencies in one index");
        }
        currencies.add(currency);
        return currencies.size() - 1;
    }

    private void linkCounterparty(int slot, int counterparty) {
        int first = firstItemOf[counterparty];
        nextOfCounterparty[slot] = first;
        previousOfCounterparty[slot] = NONE;
        if (first != NONE) {
            previousOfCounterparty[first] = slot;
        }
        firstItemOf[counterparty] = slot;
    }

    private void unlinkCounterparty(int slot) {
        int next = nextOfCounterparty[slot];
        int previous = previousOfCounterparty[slot];
        if (previous == NONE) {
            firstItemOf[counterpartyAt(slot)] = next;
        } else {
            nextOfCounterparty[previous] = next;
        }
        if (next != NONE) {
            previousOfCounterparty[next] = previous;
        }
    }

    /**
     * Links the item into the chains of its amount. They are doubly linked, because many items may
     * share an amount, and removing one must not walk the others.
     */
    private void linkAmounts(int slot) {
        linkFirst(
                byCounterpartyAmount,
                nextWithAmountHash,
                previousWithAmountHash,
                amountHash(slot),
                slot);
        linkFirst(
                byCurrencyAmount,
                nextWithCurrencyAmountHash,
                previousWithCurrencyAmountHash,
                currencyAmountHash(slot),
                slot);
    }

    private void unlinkAmounts(int slot) {
        unlinkDirect(
                byCounterpartyAmount,
                nextWithAmountHash,
                previousWithAmountHash,
                amountHash(slot),
                slot);
        unlinkDirect(
                byCurrencyAmount,
                nextWithCurrencyAmountHash,
                previousWithCurrencyAmountHash,
                currencyAmountHash(slot),
                slot);
    }

    private static void linkFirst(
            TextKeySlots table, int[] next, int[] previous, long hash, int entry) {
        int first = table.head(hash);
        next[entry] = first;
        previous[entry] = NONE;
        if (first != NONE) {
            previous[first] = entry;
        }
        table.setHead(hash, entry);
    }

    private static void unlinkDirect(
            TextKeySlots table, int[] next, int[] previous, long hash, int entry) {
        int before = previous[entry];
        int after = next[entry];
        if (before == NONE) {
            table.setHead(hash, after);
        } else {
            next[before] = after;
        }
        if (after != NONE) {
            previous[after] = before;
        }
    }

    /** Adds {@code entry} first in the chain under {@code hash}. */
    private static void link(TextKeySlots table, int[] next, long hash, int entry) {
        next[entry] = table.head(hash);
        table.setHead(hash, entry);
    }

    /**
     * Removes {@code entry} from the chain under {@code hash} by walking it, for the chains of
     * invoice numbers and names, which are short: usually one entry.
     */
    private static void unlink(TextKeySlots table, int[] next, long hash, int entry) {
        int first = table.head(hash);
        if (first == entry) {
            table.setHead(hash, next[entry]);
            return;
        }
        for (int at = first; at != NONE; at = next[at]) {
            if (next[at] == entry) {
                next[at] = next[entry];
                return;
            }
        }
    }

    /** Returns the hash of the item's counterparty, currency and outstanding amount. */
    private long amountHash(int slot) {
        return amountHash(counterpartyAt(slot), currencyAt(slot), outstandingAt(slot));
    }

    /** Returns the hash of the item's currency and outstanding amount. */
    private long currencyAmountHash(int slot) {
        return TextKeyHash.ofNumbers(currencyAt(slot), outstandingAt(slot));
    }

    static long amountHash(int counterparty, int currencyIndex, long units) {
        return TextKeyHash.ofNumbers(((long) counterparty << 16) | currencyIndex, units);
    }

    /**
     * Returns the class of a key's start that {@link #mayHaveKeyStarting} tests: its first two
     * characters when both are letters, its first letter followed by something else, or one class
     * for every key that starts with a digit or is empty.
     */
    private static int startClass(String key) {
        if (key.isEmpty() || !isLetter(key.charAt(0))) {
            return OTHER_START;
        }
        char second = key.length() > 1 ? key.charAt(1) : '0';
        return startClass(key.charAt(0), second);
    }

    private static int startClass(char first, char second) {
        int secondClass = isLetter(second) ? second - 'A' : LETTERS;
        return (first - 'A') * (LETTERS + 1) + secondClass;
    }

    /**
     * Returns the class of a key's end that {@link #mayHaveKeyEnding} tests: its length, with the
     * lengths from {@value #LONG_KEY} on in one class, and its last character. Empty keys share the
     * class of length 0.
     */
    private static int endClass(String key) {
        char last = key.isEmpty() ? ' ' : key.charAt(key.length() - 1);
        return endClass(key.length(), last);
    }

    private static int endClass(int length, char last) {
        int lastClass;
        if (last >= '0' && last <= '9') {
            lastClass = last - '0';
        } else if (isLetter(last)) {
            lastClass = 10 + last - 'A';
        } else {
            lastClass = LAST_CHARACTERS - 1;
        }
        return Math.min(length, LONG_KEY) * LAST_CHARACTERS + lastClass;
    }

    private static boolean isLetter(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private void checkSlot(int slot) {
        if (slot < 0 || slot >= capacity) {
            throw new InvalidInputException(
                    "slot",
                    slot,
                    "a slot from 0 to "
                            + (capacity - 1)
                            + "; create the index with a larger item capacity");
        }
    }

    private void checkItem(int slot) {
        checkSlot(slot);
        if (!invoiceNumbers.contains(slot)) {
            throw new InvalidInputException("slot", slot, "a slot that contains an open item");
        }
    }

    private void checkCounterparty(int counterparty) {
        if (counterparty < 0 || counterparty >= firstItemOf.length) {
            throw new InvalidInputException(
                    "counterparty",
                    counterparty,
                    "a counterparty number from 0 to "
                            + (firstItemOf.length - 1)
                            + "; create the index with a larger counterparty capacity");
        }
    }

    private static void checkCapacity(String field, int capacity) {
        if (capacity < 0) {
            throw new InvalidInputException(field, capacity, "zero or more");
        }
        if (capacity > MAX_CAPACITY) {
            throw new InvalidInputException(
                    field,
                    capacity,
                    "at most " + MAX_CAPACITY + ", the most keys that the hash tables hold");
        }
    }
}
