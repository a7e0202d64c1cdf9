package io.github.tahsilat.persistence.memory;

import io.github.tahsilat.persistence.spi.MatchKeys;
import io.github.tahsilat.persistence.spi.record.Direction;
import io.github.tahsilat.persistence.spi.record.InvoiceRecord;
import io.github.tahsilat.persistence.spi.record.InvoiceStatus;
import io.github.tahsilat.persistence.spi.record.MatchCandidateView;
import io.github.tahsilat.persistence.spi.record.OpenItemView;
import io.github.tahsilat.persistence.spi.store.InvoiceStore;
import io.github.tahsilat.persistence.spi.store.OpenReceivableListener;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.IntConsumer;

/**
 * One company's invoices in columns: the fields the open-item queries read in primitive arrays, one
 * slot per invoice, and the rest of each record encoded by {@link InvoiceCodec}. Records are
 * rebuilt on every read, equal to the ones stored.
 *
 * <p>Hash indexes find a slot by id and by number; sorted indexes by (due day, id) serve the pages
 * of all items, open items and a counterparty's open items. A million open items take about a
 * quarter of the heap that records in tree maps took. Not thread-safe; the store's lock guards it.
 */
final class InvoiceTable {

    private static final InvoiceStatus[] STATUSES = InvoiceStatus.values();
    private static final Direction[] DIRECTIONS = Direction.values();
    private static final boolean[] OPEN_STATUS = openStatuses();
    private static final byte DISPUTED = 1;
    private static final byte OPEN_MINOR_OVERFLOW = 2;
    private static final byte REMOVED = 4;
    private static final byte HAS_EXTERNAL_REFERENCE = 8;

    private final UUID companyId;
    private int slots;
    private long[] idHigh = new long[0];
    private long[] idLow = new long[0];
    private long[] version = new long[0];
    private int[] issueDay = new int[0];
    private int[] dueDay = new int[0];
    private int[] counterparty = new int[0];
    private short[] currency = new short[0];
    private byte[] status = new byte[0];
    private byte[] direction = new byte[0];
    private byte[] flags = new byte[0];
    private int[] dunningLevel = new int[0];
    private long[] openMinor = new long[0];
    private byte[][] encoded = new byte[0][];

    // The id of each number in the counterparty column, in an array that a walk indexes directly.
    private UUID[] counterparties = new UUID[0];
    private int counterpartyCount;
    private final Map<UUID, Integer> counterpartySlots = new HashMap<>();
    private final List<String> currencies = new ArrayList<>();

    private final SlotHash byId = new SlotHash(this::idHash);
    final Map<String, UUID> byExternalReference = new HashMap<>();
    final Map<String, UUID> byIdempotencyKey = new HashMap<>();
    private final SortedSlots.Order order = new DueOrder();
    final SortedSlots all = new SortedSlots(order);
    final SortedSlots open = new SortedSlots(order);
    private SortedSlots[] openByCounterparty = new SortedSlots[0];
    private final SortedSlots none = new SortedSlots(order);

    // One hash index serves both look-ups by number. Every invoice is in it under the hash of its
    // folded number key (MatchKeys#invoiceNumberKey), because equal numbers have equal keys. A
    // look-up by exact number compares the number and direction, and bank-line matching keeps
    // the open receivables whose key matches. One index of 2^21 ints at a million invoices takes
    // 8 MB less than two.
    private int[] numberKeyHash = new int[0];
    private final SlotHash byNumber = new SlotHash(slot -> numberKeyHash[slot]);

    // Indexes of the open receivables for bank-line matching, by reference key and by outstanding
    // amount. The key hashes are kept in columns so that a resize need not fold text.
    private int[] referenceKeyHash = new int[0];
    private final SlotHash byReferenceKey = new SlotHash(slot -> referenceKeyHash[slot]);
    private final SortedSlots.Order amountOrder = new AmountOrder();
    final SortedSlots receivablesByAmount = new SortedSlots(amountOrder);
    private SortedSlots[] receivablesByCounterpartyAmount = new SortedSlots[0];
    private final SortedSlots noReceivables = new SortedSlots(amountOrder);

    private static boolean[] openStatuses() {
        boolean[] open = new boolean[STATUSES.length];
        for (InvoiceStatus value : STATUSES) {
            open[value.ordinal()] = value.isOpen();
        }
        return open;
    }

    InvoiceTable(UUID companyId) {
        this.companyId = companyId;
    }

    /** Returns the slot of the invoice with this id, or -1. */
    int slotOf(UUID id) {
        long high = id.getMostSignificantBits();
        long low = id.getLeastSignificantBits();
        return byId.find(idHash(high, low), slot -> idHigh[slot] == high && idLow[slot] == low);
    }

    /** Returns the slot of the invoice with the number in the direction, or -1. */
    int slotOfNumber(Direction side, String number) {
        return byNumber.find(
                MatchKeys.invoiceNumberKey(number).hashCode(),
                slot ->
                        direction[slot] == side.ordinal()
                                && InvoiceCodec.number(encoded[slot]).equals(number));
    }

    /** Returns the invoice with this id, or null. */
    InvoiceRecord find(UUID id) {
        int slot = slotOf(id);
        return slot < 0 ? null : record(slot);
    }

    /** Returns the number of the invoice in a slot, decoded without the rest of the record. */
    String number(int slot) {
        return InvoiceCodec.number(encoded[slot]);
    }

    /** Rebuilds the record in a slot. */
    InvoiceRecord record(int slot) {
        return InvoiceCodec.decode(
                encoded[slot],
                new InvoiceCodec.Columns(
                        companyId,
                        new UUID(idHigh[slot], idLow[slot]),
                        version[slot],
                        DIRECTIONS[direction[slot]],
                        counterparties[counterparty[slot]],
                        currencies.get(currency[slot]),
                        LocalDate.ofEpochDay(issueDay[slot]),
                        LocalDate.ofEpochDay(dueDay[slot]),
                        STATUSES[status[slot]],
                        dunningLevel[slot]));
    }

    /**
     * Returns the open-item projection of a slot from its columns.
     *
     * @throws ArithmeticException if the outstanding amount does not fit in a long in minor units
     */
    OpenItemView view(int slot) {
        if ((flags[slot] & OPEN_MINOR_OVERFLOW) != 0) {
            return OpenItemView.of(record(slot));
        }
        return new OpenItemView(
                new UUID(idHigh[slot], idLow[slot]),
                counterparties[counterparty[slot]],
                issueDay[slot],
                dueDay[slot],
                openMinor[slot],
                currencies.get(currency[slot]),
                DIRECTIONS[direction[slot]],
                (flags[slot] & DISPUTED) != 0,
                dunningLevel[slot]);
    }

    /**
     * Hands the open-item fields of a slot to {@code sink} from its columns, without building a
     * view.
     *
     * @throws ArithmeticException if the outstanding amount does not fit in a long in minor units
     */
    void handOver(int slot, InvoiceStore.OpenItemSink sink) {
        if ((flags[slot] & OPEN_MINOR_OVERFLOW) != 0) {
            OpenItemView view = OpenItemView.of(record(slot));
            sink.accept(
                    view.counterpartyId(),
                    view.currency(),
                    view.direction(),
                    view.issueEpochDay(),
                    view.dueEpochDay(),
                    view.openMinor());
            return;
        }
        sink.accept(
                counterparties[counterparty[slot]],
                currencies.get(currency[slot]),
                DIRECTIONS[direction[slot]],
                issueDay[slot],
                dueDay[slot],
                openMinor[slot]);
    }

    /**
     * Hands every open item to {@code sink} in slot order. This reads each column from front to
     * back, while visiting the slots by due date would jump through every column.
     *
     * @throws ArithmeticException if an outstanding amount does not fit in a long in minor units
     */
    void handOverOpen(InvoiceStore.OpenItemSink sink) {
        for (int slot = 0; slot < slots; slot++) {
            if ((flags[slot] & REMOVED) == 0 && OPEN_STATUS[status[slot]]) {
                handOver(slot, sink);
            }
        }
    }

    /**
     * Hands every open item to {@code sink} in slot order, with the table's counterparty slot as
     * the counterparty's number.
     *
     * <p>The loop reads the columns through locals and the currency codes from an array made once.
     * When the compiler does not inline the sink, it must read every field again after each call.
     * The sink must not call the store, so the columns cannot change during the walk.
     *
     * @throws ArithmeticException if an outstanding amount does not fit in a long in minor units
     */
    void handOverOpen(InvoiceStore.IndexedOpenItemSink sink) {
        byte[] flagColumn = flags;
        byte[] statusColumn = status;
        int[] counterpartyColumn = counterparty;
        short[] currencyColumn = currency;
        byte[] directionColumn = direction;
        int[] issueColumn = issueDay;
        int[] dueColumn = dueDay;
        long[] openColumn = openMinor;
        UUID[] counterpartyIds = counterparties;
        String[] currencyCodes = currencies.toArray(new String[0]);
        int end = slots;
        for (int slot = 0; slot < end; slot++) {
            byte flag = flagColumn[slot];
            if ((flag & REMOVED) != 0 || !OPEN_STATUS[statusColumn[slot]]) {
                continue;
            }
            int index = counterpartyColumn[slot];
            if ((flag & OPEN_MINOR_OVERFLOW) != 0) {
                OpenItemView view = OpenItemView.of(record(slot));
                sink.accept(
                        index,
                        view.counterpartyId(),
                        view.currency(),
                        view.direction(),
                        view.issueEpochDay(),
                        view.dueEpochDay(),
                        view.openMinor());
            } else {
                sink.accept(
                        index,
                        counterpartyIds[index],
                        currencyCodes[currencyColumn[slot]],
                        DIRECTIONS[directionColumn[slot]],
                        issueColumn[slot],
                        dueColumn[slot],
                        openColumn[slot]);
            }
        }
    }

    /**
     * Returns the match candidate of a slot from its columns and the encoded number. Only a slot
     * with an external reference, or with an amount too large for the column, has its whole record
     * decoded.
     *
     * @throws ArithmeticException if the outstanding amount does not fit in a long in minor units
     */
    MatchCandidateView matchView(int slot) {
        if ((flags[slot] & (OPEN_MINOR_OVERFLOW | HAS_EXTERNAL_REFERENCE)) != 0) {
            return MatchCandidateView.of(record(slot));
        }
        return new MatchCandidateView(
                new UUID(idHigh[slot], idLow[slot]),
                counterparties[counterparty[slot]],
                InvoiceCodec.number(encoded[slot]),
                currencies.get(currency[slot]),
                dueDay[slot],
                openMinor[slot],
                Optional.empty());
    }

    private boolean isOpenReceivable(int slot) {
        return direction[slot] == Direction.RECEIVABLE.ordinal() && STATUSES[status[slot]].isOpen();
    }

    /** Returns whether the invoice in a slot is a receivable. */
    boolean isReceivable(int slot) {
        return DIRECTIONS[direction[slot]] == Direction.RECEIVABLE;
    }

    /** Returns the id of the invoice in a slot. */
    UUID id(int slot) {
        return new UUID(idHigh[slot], idLow[slot]);
    }

    /** Returns the paging key of a slot. */
    DayKey key(int slot) {
        return new DayKey(dueDay[slot], new UUID(idHigh[slot], idLow[slot]));
    }

    /** Compares two slots by due day, then id, the order of every page. */
    int compareDue(int a, int b) {
        return order.compare(a, b);
    }

    int dueDay(int slot) {
        return dueDay[slot];
    }

    /** Returns the open items of a counterparty, possibly an empty set. */
    SortedSlots openOf(UUID counterpartyId) {
        Integer index = counterpartySlots.get(counterpartyId);
        if (index == null || index >= openByCounterparty.length) {
            return none;
        }
        SortedSlots items = openByCounterparty[index];
        return items == null ? none : items;
    }

    /**
     * Visits the open receivables whose {@link MatchKeys#invoiceNumberKey number key} is {@code
     * key}.
     */
    void forEachWithNumberKey(String key, IntConsumer action) {
        int hash = key.hashCode();
        // Comparing the stored hash first decodes only the numbers that may match, not every
        // slot that the probe passes.
        byNumber.forEachMatch(
                hash,
                slot ->
                        numberKeyHash[slot] == hash
                                && isOpenReceivable(slot)
                                && MatchKeys.invoiceNumberKey(InvoiceCodec.number(encoded[slot]))
                                        .equals(key),
                action);
    }

    /**
     * Visits the open receivables whose external reference has {@code key} as its {@link
     * MatchKeys#referenceKey reference key}.
     */
    void forEachWithReferenceKey(String key, IntConsumer action) {
        int hash = key.hashCode();
        byReferenceKey.forEachMatch(
                hash,
                slot -> referenceKeyHash[slot] == hash && key.equals(referenceKey(record(slot))),
                action);
    }

    /**
     * Returns the open receivables of a counterparty, or of every counterparty when {@code
     * counterpartyId} is null, ordered by currency, outstanding amount, due day and id.
     */
    SortedSlots receivablesByAmount(UUID counterpartyId) {
        if (counterpartyId == null) {
            return receivablesByAmount;
        }
        Integer index = counterpartySlots.get(counterpartyId);
        if (index == null || index >= receivablesByCounterpartyAmount.length) {
            return noReceivables;
        }
        SortedSlots items = receivablesByCounterpartyAmount[index];
        return items == null ? noReceivables : items;
    }

    /** Returns the slot index of a currency code, or -1 if no invoice has it. */
    int currencySlotOf(String code) {
        return currencies.indexOf(code);
    }

    int currency(int slot) {
        return currency[slot];
    }

    long openMinor(int slot) {
        return openMinor[slot];
    }

    /**
     * Replaces {@code old} by {@code next} in the columns and indexes. Either may be null. Returns
     * the slot of {@code old}, or the new slot of {@code next} when {@code old} is null or not
     * stored, or -1 when {@code next} is null and {@code old} is null or not stored.
     */
    int replace(InvoiceRecord old, InvoiceRecord next) {
        int slot = old == null ? -1 : slotOf(old.id());
        if (slot >= 0) {
            unindex(slot, old);
        }
        if (next == null) {
            if (slot >= 0) {
                flags[slot] = REMOVED;
                encoded[slot] = null;
            }
            return slot;
        }
        if (slot < 0) {
            slot = allocate();
        }
        write(slot, next);
        index(slot, next);
        return slot;
    }

    /**
     * Reports every open receivable to {@code listener} in slot order, each with the view that
     * {@link #matchView} returns. It skips an item whose outstanding amount does not fit in a long
     * in minor units, as {@link MemoryOpenReceivableFeed#candidateOf} does.
     */
    void replayOpenReceivables(OpenReceivableListener listener) {
        for (int slot = 0; slot < slots; slot++) {
            if ((flags[slot] & (REMOVED | OPEN_MINOR_OVERFLOW)) == 0 && isOpenReceivable(slot)) {
                listener.opened(companyId, slot, matchView(slot));
            }
        }
    }

    private int allocate() {
        if (slots == idHigh.length) {
            // Growing by an eighth leaves at most an eighth of the columns empty (65 bytes a
            // slot), where growing by half left a third. The copying this adds is amortized.
            grow(Math.max(16, slots + (slots >> 3)));
        }
        return slots++;
    }

    private void grow(int capacity) {
        idHigh = Arrays.copyOf(idHigh, capacity);
        idLow = Arrays.copyOf(idLow, capacity);
        version = Arrays.copyOf(version, capacity);
        issueDay = Arrays.copyOf(issueDay, capacity);
        dueDay = Arrays.copyOf(dueDay, capacity);
        counterparty = Arrays.copyOf(counterparty, capacity);
        currency = Arrays.copyOf(currency, capacity);
        status = Arrays.copyOf(status, capacity);
        direction = Arrays.copyOf(direction, capacity);
        flags = Arrays.copyOf(flags, capacity);
        dunningLevel = Arrays.copyOf(dunningLevel, capacity);
        openMinor = Arrays.copyOf(openMinor, capacity);
        encoded = Arrays.copyOf(encoded, capacity);
        numberKeyHash = Arrays.copyOf(numberKeyHash, capacity);
        referenceKeyHash = Arrays.copyOf(referenceKeyHash, capacity);
    }

    private void write(int slot, InvoiceRecord invoice) {
        idHigh[slot] = invoice.id().getMostSignificantBits();
        idLow[slot] = invoice.id().getLeastSignificantBits();
        version[slot] = invoice.version();
        issueDay[slot] = Math.toIntExact(invoice.issueDate().toEpochDay());
        dueDay[slot] = Math.toIntExact(invoice.dueDate().toEpochDay());
        counterparty[slot] = counterpartySlot(invoice.counterpartyId());
        currency[slot] = currencySlot(invoice.currency());
        status[slot] = (byte) invoice.status().ordinal();
        direction[slot] = (byte) invoice.direction().ordinal();
        dunningLevel[slot] = invoice.lastDunningLevel();
        byte flag = invoice.disputed() ? DISPUTED : 0;
        if (invoice.externalReference().isPresent()) {
            flag |= HAS_EXTERNAL_REFERENCE;
        }
        try {
            openMinor[slot] = invoice.outstanding().unscaledValue().longValueExact();
        } catch (ArithmeticException e) {
            openMinor[slot] = 0;
            flag |= OPEN_MINOR_OVERFLOW;
        }
        flags[slot] = flag;
        encoded[slot] = InvoiceCodec.encode(invoice);
    }

    private int counterpartySlot(UUID id) {
        Integer known = counterpartySlots.get(id);
        if (known != null) {
            return known;
        }
        int next = counterpartyCount;
        if (next == counterparties.length) {
            counterparties = Arrays.copyOf(counterparties, Math.max(16, next * 2));
        }
        counterparties[next] = id;
        counterpartyCount = next + 1;
        counterpartySlots.put(id, next);
        return next;
    }

    private short currencySlot(String code) {
        int index = currencies.indexOf(code);
        if (index < 0) {
            index = currencies.size();
            currencies.add(code);
        }
        return (short) index;
    }

    private void index(int slot, InvoiceRecord invoice) {
        byId.add(idHash(slot), slot);
        numberKeyHash[slot] = MatchKeys.invoiceNumberKey(invoice.number()).hashCode();
        byNumber.add(numberKeyHash[slot], slot);
        invoice.externalReference().ifPresent(ref -> byExternalReference.put(ref, invoice.id()));
        invoice.idempotencyKey().ifPresent(key -> byIdempotencyKey.put(key, invoice.id()));
        all.add(slot);
        if (invoice.status().isOpen()) {
            open.add(slot);
            int owner = counterparty[slot];
            if (owner >= openByCounterparty.length) {
                openByCounterparty =
                        Arrays.copyOf(
                                openByCounterparty,
                                Math.max(16, Math.max(owner + 1, openByCounterparty.length * 2)));
            }
            if (openByCounterparty[owner] == null) {
                openByCounterparty[owner] = new SortedSlots(order);
            }
            openByCounterparty[owner].add(slot);
            if (invoice.direction() == Direction.RECEIVABLE) {
                indexReceivable(slot, invoice);
            }
        }
    }

    private void indexReceivable(int slot, InvoiceRecord invoice) {
        String referenceKey = referenceKey(invoice);
        if (referenceKey != null) {
            referenceKeyHash[slot] = referenceKey.hashCode();
            byReferenceKey.add(referenceKeyHash[slot], slot);
        }
        receivablesByAmount.add(slot);
        int owner = counterparty[slot];
        if (owner >= receivablesByCounterpartyAmount.length) {
            receivablesByCounterpartyAmount =
                    Arrays.copyOf(
                            receivablesByCounterpartyAmount,
                            Math.max(
                                    16,
                                    Math.max(
                                            owner + 1,
                                            receivablesByCounterpartyAmount.length * 2)));
        }
        if (receivablesByCounterpartyAmount[owner] == null) {
            receivablesByCounterpartyAmount[owner] = new SortedSlots(amountOrder);
        }
        receivablesByCounterpartyAmount[owner].add(slot);
    }

    private void unindexReceivable(int slot, InvoiceRecord invoice) {
        if (referenceKey(invoice) != null) {
            byReferenceKey.remove(referenceKeyHash[slot], slot);
        }
        receivablesByAmount.remove(slot);
        SortedSlots items = receivablesByCounterpartyAmount[counterparty[slot]];
        items.remove(slot);
        if (items.isEmpty()) {
            receivablesByCounterpartyAmount[counterparty[slot]] = null;
        }
    }

    /** Returns the reference key of the invoice's external reference, or null when it has none. */
    private static String referenceKey(InvoiceRecord invoice) {
        if (invoice.externalReference().isEmpty()) {
            return null;
        }
        String key = MatchKeys.referenceKey(invoice.externalReference().get());
        return key.isEmpty() ? null : key;
    }

    private void unindex(int slot, InvoiceRecord invoice) {
        byId.remove(idHash(slot), slot);
        byNumber.remove(numberKeyHash[slot], slot);
        invoice.externalReference().ifPresent(byExternalReference::remove);
        invoice.idempotencyKey().ifPresent(byIdempotencyKey::remove);
        all.remove(slot);
        if (invoice.status().isOpen()) {
            open.remove(slot);
            SortedSlots items = openByCounterparty[counterparty[slot]];
            items.remove(slot);
            if (items.isEmpty()) {
                openByCounterparty[counterparty[slot]] = null;
            }
            if (invoice.direction() == Direction.RECEIVABLE) {
                unindexReceivable(slot, invoice);
            }
        }
    }

    private int idHash(int slot) {
        return idHash(idHigh[slot], idLow[slot]);
    }

    private static int idHash(long high, long low) {
        long mixed = high ^ low;
        return (int) (mixed ^ (mixed >>> 32));
    }

    /**
     * Orders slots by currency slot, outstanding minor units, due day and id. A search key is
     * {@code (currency slot, minor units, ignored)}, compared on the first two only, so {@link
     * SortedSlots#forEachAfter} finds the first slot of a currency above an amount.
     */
    private final class AmountOrder implements SortedSlots.Order {
        @Override
        public int compare(int a, int b) {
            int byCurrency = Integer.compare(currency[a], currency[b]);
            if (byCurrency != 0) {
                return byCurrency;
            }
            int byAmount = Long.compare(openMinor[a], openMinor[b]);
            return byAmount != 0 ? byAmount : order.compare(a, b);
        }

        @Override
        public int compareTo(int slot, int currencySlot, long minor, long ignored) {
            int byCurrency = Integer.compare(currency[slot], currencySlot);
            return byCurrency != 0 ? byCurrency : Long.compare(openMinor[slot], minor);
        }
    }

    /** Orders slots by due day, then by id as unsigned 128-bit numbers, as {@link DayKey} does. */
    private final class DueOrder implements SortedSlots.Order {
        @Override
        public int compare(int a, int b) {
            int byDay = Integer.compare(dueDay[a], dueDay[b]);
            if (byDay != 0) {
                return byDay;
            }
            int high = Long.compareUnsigned(idHigh[a], idHigh[b]);
            return high != 0 ? high : Long.compareUnsigned(idLow[a], idLow[b]);
        }

        @Override
        public int compareTo(int slot, int day, long high, long low) {
            int byDay = Integer.compare(dueDay[slot], day);
            if (byDay != 0) {
                return byDay;
            }
            int byHigh = Long.compareUnsigned(idHigh[slot], high);
            return byHigh != 0 ? byHigh : Long.compareUnsigned(idLow[slot], low);
        }
    }
}
