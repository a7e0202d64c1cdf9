package io.github.tahsilat.internal.persistence;

import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.invoice.InvoiceId;
import io.github.tahsilat.persistence.spi.record.MatchCandidateView;
import io.github.tahsilat.persistence.spi.record.TaxId;
import io.github.tahsilat.reconciliation.CompactOpenItemIndex;
import io.github.tahsilat.reconciliation.StructuredReference;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;

/**
 * The match candidates of one company in a {@link CompactOpenItemIndex} that an {@link
 * io.github.tahsilat.persistence.spi.store.OpenReceivableFeed} keeps up to date, item by item, in
 * the store's slots.
 *
 * <p>It contains the same candidates that {@link OpenItemCandidates} would read for a batch that
 * names every item: open receivables owed more than zero whose counterparty exists. An item whose
 * counterparty is not reported waits outside the index until the counterparty is named, and leaves
 * the index again when the counterparty is removed. Counterparties are numbered in the order the
 * feed first names them or an item of theirs.
 *
 * <p>It also keeps each counterparty's IBANs and tax id as the feed last reported them, so that an
 * import can check, inside {@code whileUnchanged}, whether a line names a counterparty with items
 * by one of them, which the compact rules do not compare.
 *
 * <p>An invoice number or a counterparty name that the compact index rejects makes the index
 * {@linkplain #isUsable() unusable} while that item is open or that counterparty has open items, so
 * that imports read candidates per batch instead. An unexpected failure while applying a report
 * makes it unusable for good, because the index may then disagree with the store.
 *
 * <p>Not thread-safe. The feed calls the write methods under the store's write lock, and readers
 * read inside {@code OpenReceivableFeed.whileUnchanged}.
 */
public final class KeptMatchIndex {

    private static final int INITIAL_ITEMS = 64;
    private static final int INITIAL_COUNTERPARTIES = 16;

    /** The maximum invoice-number length that {@link CompactOpenItemIndex#put} accepts. */
    private static final int MAX_NUMBER_LENGTH = 200;

    private final CompactOpenItemIndex index =
            new CompactOpenItemIndex(INITIAL_ITEMS, INITIAL_COUNTERPARTIES);

    private final Map<UUID, Integer> counterpartyNumbers = new HashMap<>();

    /** The id of each counterparty number, one instance that every proposal for it shares. */
    private CounterpartyId[] counterpartyIds = new CounterpartyId[INITIAL_COUNTERPARTIES];

    /** The legal name of each counterparty number, or null when it is not named or removed. */
    private String[] names = new String[INITIAL_COUNTERPARTIES];

    /** Whether the index has the name of each counterparty number, so its items are in it. */
    private boolean[] named = new boolean[INITIAL_COUNTERPARTIES];

    /** The number of items in the index per counterparty number. */
    private int[] itemCounts = new int[INITIAL_COUNTERPARTIES];

    /** The IBANs last reported of each counterparty number, or null when none are. */
    private List<String>[] ibans = newListArray(INITIAL_COUNTERPARTIES);

    /** The tax id last reported of each counterparty number, or null when none is. */
    private TaxId[] taxIds = new TaxId[INITIAL_COUNTERPARTIES];

    /**
     * The counterparty numbers per reported IBAN. An IBAN usually belongs to one counterparty, so
     * an array of one number costs less than a set.
     */
    private final Map<String, int[]> numbersByIban = new HashMap<>();

    /** The counterparty numbers per reported tax id. */
    private final Map<TaxId, int[]> numbersByTaxId = new HashMap<>();

    /** The open items outside the index because their counterparty is not named, by slot. */
    private final Map<Integer, MatchCandidateView> waiting = new HashMap<>();

    /** The slots of {@link #waiting} per counterparty. */
    private final Map<UUID, Set<Integer>> waitingOf = new HashMap<>();

    /** The slots of open items whose invoice number the compact index rejects. */
    private final Set<Integer> rejectedItems = new HashSet<>();

    /** The counterparties whose name the compact index rejects. */
    private final Set<UUID> rejectedNames = new HashSet<>();

    private boolean failed;

    KeptMatchIndex() {}

    /**
     * Returns whether the index contains every match candidate of the company, so that an import
     * may match against it.
     */
    public boolean isUsable() {
        if (failed || !rejectedItems.isEmpty()) {
            return false;
        }
        for (UUID counterparty : rejectedNames) {
            if (waitingOf.containsKey(counterparty)) {
                return false;
            }
        }
        return true;
    }

    /** Returns the compact index, which the caller only reads. */
    public CompactOpenItemIndex index() {
        return index;
    }

    /**
     * Returns the invoice id of the item in {@code slot}.
     *
     * @throws InvalidInputException if the slot contains no item
     */
    public InvoiceId invoiceIdOfSlot(int slot) {
        return index.invoiceId(slot).orElseThrow();
    }

    /**
     * Returns the invoice number of the item in {@code slot}.
     *
     * @throws InvalidInputException if the slot contains no item
     */
    public String invoiceNumberOfSlot(int slot) {
        return index.invoiceNumber(slot);
    }

    /**
     * Returns the counterparty of the item in {@code slot}.
     *
     * @throws InvalidInputException if the slot contains no item
     */
    public CounterpartyId counterpartyIdOfSlot(int slot) {
        return counterpartyIds[index.counterparty(slot)];
    }

    /**
     * Returns the id of counterparty number {@code counterparty}, a number that {@link
     * CompactOpenItemIndex#counterparty} returned for an item of the index.
     *
     * @throws InvalidInputException if no counterparty has that number
     */
    public CounterpartyId counterpartyIdOfNumber(int counterparty) {
        // The array has room for numbers not yet assigned, whose ids are null.
        if (counterparty < 0 || counterparty >= counterpartyNumbers.size()) {
            throw new InvalidInputException(
                    "counterparty",
                    counterparty,
                    "a counterparty number from 0 to "
                            + (counterpartyNumbers.size() - 1)
                            + " that the index assigned");
        }
        return counterpartyIds[counterparty];
    }

    /** Returns whether the counterparty has an item in the index. */
    public boolean hasItems(UUID counterpartyId) {
        Integer number = counterpartyNumbers.get(counterpartyId);
        return number != null && itemCounts[number] > 0;
    }

    /**
     * Returns whether an IBAN or a tax id among {@code identifiers} belongs to a counterparty with
     * an item in the index, as {@link OpenItemCandidates} would find it through the counterparty
     * store.
     */
    public boolean identifiesCounterpartyWithItems(CounterpartyIdentifiers identifiers) {
        for (String iban : identifiers.ibans()) {
            if (anyHasItems(numbersByIban.get(iban))) {
                return true;
            }
        }
        for (TaxId taxId : identifiers.taxIds()) {
            if (anyHasItems(numbersByTaxId.get(taxId))) {
                return true;
            }
        }
        return false;
    }

    void counterpartyStored(
            UUID counterpartyId, String name, List<String> ibans, Optional<TaxId> taxId) {
        if (failed) {
            return;
        }
        int number = numberOf(counterpartyId);
        identify(number, ibans.isEmpty() ? null : ibans, taxId.orElse(null));
        names[number] = name;
        boolean accepted;
        try {
            index.nameCounterparty(number, name);
            accepted = true;
        } catch (InvalidInputException e) {
            accepted = false;
        }
        if (accepted) {
            rejectedNames.remove(counterpartyId);
            if (!named[number]) {
                named[number] = true;
                admitWaiting(counterpartyId);
            }
        } else {
            rejectedNames.add(counterpartyId);
            unname(number);
        }
    }

    void counterpartyRemoved(UUID counterpartyId) {
        if (failed) {
            return;
        }
        rejectedNames.remove(counterpartyId);
        Integer number = counterpartyNumbers.get(counterpartyId);
        if (number != null) {
            identify(number, null, null);
            names[number] = null;
            unname(number);
        }
    }

    void opened(int slot, MatchCandidateView item) {
        if (failed) {
            return;
        }
        forget(slot);
        if (item.openMinor() <= 0) {
            return;
        }
        if (item.number().length() > MAX_NUMBER_LENGTH) {
            rejectedItems.add(slot);
            return;
        }
        Integer number = counterpartyNumbers.get(item.counterpartyId());
        if (number == null || !named[number]) {
            waiting.put(slot, item);
            waitingOf.computeIfAbsent(item.counterpartyId(), id -> new HashSet<>()).add(slot);
            return;
        }
        put(slot, number, item);
    }

    void closed(int slot) {
        if (!failed) {
            forget(slot);
        }
    }

    /** Marks the index unusable for good, after a report failed to apply. */
    void fail() {
        failed = true;
    }

    /**
     * Returns the candidates in the index and the items waiting for a name, as text keyed by slot,
     * and the names of the counterparties with items, so that a test can compare two indexes whose
     * counterparty numbers differ.
     */
    Map<String, Object> snapshot() {
        Map<Integer, String> items = new TreeMap<>();
        Map<UUID, String> owners = new TreeMap<>();
        for (int slot = 0; slot < index.itemCapacity(); slot++) {
            if (index.contains(slot)) {
                int number = index.counterparty(slot);
                items.put(slot, describe(viewOf(slot, counterpartyIds[number].value())));
                owners.put(counterpartyIds[number].value(), names[number]);
            }
        }
        Map<Integer, String> waitingItems = new TreeMap<>();
        waiting.forEach((slot, item) -> waitingItems.put(slot, describe(item)));
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("items", items);
        snapshot.put("names", owners);
        snapshot.put("waiting", waitingItems);
        snapshot.put("rejectedItems", new TreeSet<>(rejectedItems));
        snapshot.put("rejectedNames", new TreeSet<>(rejectedNames));
        snapshot.put("ibans", idsByKey(numbersByIban, iban -> iban));
        snapshot.put(
                "taxIds", idsByKey(numbersByTaxId, taxId -> taxId.type() + ":" + taxId.value()));
        snapshot.put("usable", isUsable());
        return snapshot;
    }

    /** Returns the counterparty ids per key, with the keys as text, in a sorted map. */
    private <K> Map<String, Set<UUID>> idsByKey(
            Map<K, int[]> numbersByKey, Function<K, String> text) {
        Map<String, Set<UUID>> ids = new TreeMap<>();
        numbersByKey.forEach(
                (key, numbers) -> {
                    Set<UUID> owners = new TreeSet<>();
                    for (int number : numbers) {
                        owners.add(counterpartyIds[number].value());
                    }
                    ids.put(text.apply(key), owners);
                });
        return ids;
    }

    /** Describes an item by the fields the index keeps, its payment reference in compact form. */
    private static String describe(MatchCandidateView item) {
        return String.join(
                "|",
                item.itemId().toString(),
                item.number(),
                BatchCandidates.paymentReference(item.externalReference())
                        .map(StructuredReference::value)
                        .orElse("-"),
                item.counterpartyId().toString(),
                Long.toString(item.openMinor()),
                item.currency(),
                Integer.toString(item.dueEpochDay()));
    }

    private void put(int slot, int number, MatchCandidateView item) {
        if (slot >= index.itemCapacity()) {
            index.ensureCapacity(slot + 1, 0);
        }
        try {
            index.put(
                    slot,
                    item.number(),
                    BatchCandidates.paymentReference(item.externalReference())
                            .map(StructuredReference::value)
                            .orElse(null),
                    number,
                    item.openMinor(),
                    Amounts.currency(item.currency()),
                    item.dueEpochDay(),
                    new InvoiceId(item.itemId()));
            itemCounts[number]++;
        } catch (InvalidInputException | IllegalArgumentException e) {
            // An invoice number the index rejects, or a currency the money API does not know.
            rejectedItems.add(slot);
        }
    }

    /** Takes the item in {@code slot} out of the index and out of every waiting list. */
    private void forget(int slot) {
        rejectedItems.remove(slot);
        if (slot < index.itemCapacity() && index.contains(slot)) {
            itemCounts[index.counterparty(slot)]--;
            index.remove(slot);
        }
        MatchCandidateView item = waiting.remove(slot);
        if (item != null) {
            Set<Integer> slots = waitingOf.get(item.counterpartyId());
            slots.remove(slot);
            if (slots.isEmpty()) {
                waitingOf.remove(item.counterpartyId());
            }
        }
    }

    // NOTE: this puts the items counterparty by counterparty, so the index stores their invoice
    // numbers out of slot order. Matching 100,000 lines against 1,000,000 items admitted so took
    // about 15 % longer with ReconciliationBenchmark's data, because each accepted line's number
    // then misses the cache.
    private void admitWaiting(UUID counterpartyId) {
        Set<Integer> slots = waitingOf.remove(counterpartyId);
        if (slots == null) {
            return;
        }
        int number = counterpartyNumbers.get(counterpartyId);
        for (int slot : slots) {
            put(slot, number, waiting.remove(slot));
        }
    }

    /**
     * Moves the items of a counterparty that lost its name from the index to the waiting lists.
     *
     * <p>NOTE: this walks every slot of the company, because the index links a counterparty's items
     * only inside its package. It runs when a counterparty's insert is rolled back or its name
     * becomes one the index rejects, both rare.
     */
    private void unname(int number) {
        if (!named[number]) {
            return;
        }
        named[number] = false;
        UUID counterpartyId = counterpartyIds[number].value();
        for (int slot = 0; slot < index.itemCapacity(); slot++) {
            if (index.contains(slot) && index.counterparty(slot) == number) {
                MatchCandidateView item = viewOf(slot, counterpartyId);
                itemCounts[number]--;
                index.remove(slot);
                waiting.put(slot, item);
                waitingOf.computeIfAbsent(counterpartyId, id -> new HashSet<>()).add(slot);
            }
        }
    }

    /** Rebuilds the reported view of an indexed item, with its compact payment reference. */
    private MatchCandidateView viewOf(int slot, UUID counterpartyId) {
        return new MatchCandidateView(
                index.invoiceId(slot).orElseThrow().value(),
                counterpartyId,
                index.invoiceNumber(slot),
                index.currency(slot).getCurrencyCode(),
                index.dueEpochDay(slot),
                index.outstandingUnits(slot),
                index.paymentReference(slot));
    }

    /** Replaces the IBANs and the tax id of a counterparty number. Null means none. */
    private void identify(int number, List<String> nextIbans, TaxId nextTaxId) {
        List<String> previousIbans = ibans[number];
        if (previousIbans != null) {
            for (String iban : previousIbans) {
                removeNumber(numbersByIban, iban, number);
            }
        }
        TaxId previousTaxId = taxIds[number];
        if (previousTaxId != null) {
            removeNumber(numbersByTaxId, previousTaxId, number);
        }
        ibans[number] = nextIbans;
        taxIds[number] = nextTaxId;
        if (nextIbans != null) {
            for (String iban : nextIbans) {
                addNumber(numbersByIban, iban, number);
            }
        }
        if (nextTaxId != null) {
            addNumber(numbersByTaxId, nextTaxId, number);
        }
    }

    private boolean anyHasItems(int[] numbers) {
        if (numbers != null) {
            for (int number : numbers) {
                if (itemCounts[number] > 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private static <K> void addNumber(Map<K, int[]> numbersByKey, K key, int number) {
        int[] numbers = numbersByKey.get(key);
        if (numbers == null) {
            numbersByKey.put(key, new int[] {number});
            return;
        }
        for (int present : numbers) {
            if (present == number) {
                return;
            }
        }
        int[] grown = Arrays.copyOf(numbers, numbers.length + 1);
        grown[numbers.length] = number;
        numbersByKey.put(key, grown);
    }

    private static <K> void removeNumber(Map<K, int[]> numbersByKey, K key, int number) {
        int[] numbers = numbersByKey.get(key);
        if (numbers == null) {
            return;
        }
        int[] kept = new int[numbers.length];
        int size = 0;
        for (int present : numbers) {
            if (present != number) {
                kept[size++] = present;
            }
        }
        if (size == 0) {
            numbersByKey.remove(key);
        } else if (size < numbers.length) {
            numbersByKey.put(key, Arrays.copyOf(kept, size));
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String>[] newListArray(int length) {
        return (List<String>[]) new List<?>[length];
    }

    private int numberOf(UUID counterpartyId) {
        Integer known = counterpartyNumbers.get(counterpartyId);
        if (known != null) {
            return known;
        }
        int number = counterpartyNumbers.size();
        if (number == counterpartyIds.length) {
            int grown = 2 * number;
            index.ensureCapacity(0, grown);
            counterpartyIds = Arrays.copyOf(counterpartyIds, grown);
            names = Arrays.copyOf(names, grown);
            named = Arrays.copyOf(named, grown);
            itemCounts = Arrays.copyOf(itemCounts, grown);
            ibans = Arrays.copyOf(ibans, grown);
            taxIds = Arrays.copyOf(taxIds, grown);
        }
        counterpartyIds[number] = new CounterpartyId(counterpartyId);
        counterpartyNumbers.put(counterpartyId, number);
        return number;
    }

    /** Returns the item waiting in {@code slot}, for tests. */
    Optional<MatchCandidateView> waitingAt(int slot) {
        return Optional.ofNullable(waiting.get(slot));
    }
}
