package io.github.tahsilat.persistence.memory;

import io.github.tahsilat.persistence.spi.record.Direction;
import io.github.tahsilat.persistence.spi.record.InvoiceRecord;
import io.github.tahsilat.persistence.spi.record.InvoiceStatus;
import io.github.tahsilat.persistence.spi.record.OpenItemView;
import io.github.tahsilat.persistence.spi.store.InvoiceStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
    private static final byte DISPUTED = 1;
    private static final byte OPEN_MINOR_OVERFLOW = 2;
    private static final byte REMOVED = 4;

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

    private final List<UUID> counterparties = new ArrayList<>();
    private final Map<UUID, Integer> counterpartySlots = new HashMap<>();
    private final List<String> currencies = new ArrayList<>();

    private final SlotHash byId = new SlotHash(this::idHash);
    private final SlotHash byNumber = new SlotHash(this::numberHash);
    final Map<String, UUID> byExternalReference = new HashMap<>();
    final Map<String, UUID> byIdempotencyKey = new HashMap<>();
    private final SortedSlots.Order order = new DueOrder();
    final SortedSlots all = new SortedSlots(order);
    final SortedSlots open = new SortedSlots(order);
    private SortedSlots[] openByCounterparty = new SortedSlots[0];
    private final SortedSlots none = new SortedSlots(order);

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
                numberHash(side, number),
                slot ->
                        direction[slot] == side.ordinal()
                                && InvoiceCodec.number(encoded[slot]).equals(number));
    }

    /** Returns the invoice with this id, or null. */
    InvoiceRecord find(UUID id) {
        int slot = slotOf(id);
        return slot < 0 ? null : record(slot);
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
                        counterparties.get(counterparty[slot]),
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
                counterparties.get(counterparty[slot]),
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
                counterparties.get(counterparty[slot]),
                currencies.get(currency[slot]),
                DIRECTIONS[direction[slot]],
                issueDay[slot],
                dueDay[slot],
                openMinor[slot]);
    }

    /** Returns the id of the invoice in a slot. */
    UUID id(int slot) {
        return new UUID(idHigh[slot], idLow[slot]);
    }

    /** Returns the paging key of a slot. */
    DayKey key(int slot) {
        return new DayKey(dueDay[slot], new UUID(idHigh[slot], idLow[slot]));
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

    /** Replaces {@code old} by {@code next} in the columns and indexes; either may be null. */
    void replace(InvoiceRecord old, InvoiceRecord next) {
        int slot = old == null ? -1 : slotOf(old.id());
        if (slot >= 0) {
            unindex(slot, old);
        }
        if (next == null) {
            if (slot >= 0) {
                flags[slot] = REMOVED;
                encoded[slot] = null;
            }
            return;
        }
        if (slot < 0) {
            slot = allocate();
        }
        write(slot, next);
        index(slot, next);
    }

    private int allocate() {
        if (slots == idHigh.length) {
            grow(Math.max(16, slots + (slots >> 1)));
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
        int next = counterparties.size();
        counterparties.add(id);
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
        byNumber.add(numberHash(invoice.direction(), invoice.number()), slot);
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
        }
    }

    private void unindex(int slot, InvoiceRecord invoice) {
        byId.remove(idHash(slot), slot);
        byNumber.remove(numberHash(invoice.direction(), invoice.number()), slot);
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
        }
    }

    private int idHash(int slot) {
        return idHash(idHigh[slot], idLow[slot]);
    }

    private static int idHash(long high, long low) {
        long mixed = high ^ low;
        return (int) (mixed ^ (mixed >>> 32));
    }

    private int numberHash(int slot) {
        return numberHash(DIRECTIONS[direction[slot]], InvoiceCodec.number(encoded[slot]));
    }

    private static int numberHash(Direction side, String number) {
        return number.hashCode() * 31 + side.ordinal();
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
