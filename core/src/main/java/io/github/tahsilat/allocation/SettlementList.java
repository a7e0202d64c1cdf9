package io.github.tahsilat.allocation;

import io.github.tahsilat.internal.money.MinorAmount;
import java.util.AbstractList;
import java.util.Objects;
import java.util.RandomAccess;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * The settlements of one {@link Allocator} call, kept as minor units until they are read.
 *
 * <p>An allocation result is often only stored or passed on, and building a Moneta {@code Money}
 * parses its number from a string, five times per item. This list keeps each item and its five
 * amounts as longs, and {@link #get} builds the {@link ItemSettlement} with its {@code
 * MonetaryAmount}s on the first read of each index and returns that instance afterwards. The list
 * is unmodifiable, equal to any list of the same settlements, and, once built, thread-safe.
 */
final class SettlementList extends AbstractList<ItemSettlement> implements RandomAccess {

    /** The number of amounts kept per item: fee, interest, principal, discount and write-off. */
    private static final int AMOUNTS_PER_ITEM = 5;

    private final CurrencyUnit currency;
    private final ComponentOrder order;
    private final OpenItem[] items;
    private final long[] units;
    private final long appliedUnits;

    /** The result's amounts, which the builder checked against these settlements in minor units. */
    private final MonetaryAmount checkedAmount;

    private final MonetaryAmount checkedUnapplied;
    private final MonetaryAmount checkedExcessWrittenOff;

    /** The settlements built so far, by index, or null before the first read. */
    private ItemSettlement[] built;

    private SettlementList(Builder builder) {
        this.currency = builder.currency;
        this.order = builder.order;
        this.items = builder.items;
        this.units = builder.units;
        this.appliedUnits = builder.appliedUnits;
        this.checkedAmount = builder.amount;
        this.checkedUnapplied = builder.unapplied;
        this.checkedExcessWrittenOff = builder.excessWrittenOff;
    }

    /**
     * Returns {@code true} if the three amounts are the very instances that the builder checked
     * against these settlements, so that they add up without converting them again.
     */
    boolean checkedWith(
            MonetaryAmount amount, MonetaryAmount unapplied, MonetaryAmount excessWrittenOff) {
        return amount == checkedAmount
                && unapplied == checkedUnapplied
                && excessWrittenOff == checkedExcessWrittenOff;
    }

    /** Returns the currency of every amount. */
    CurrencyUnit currency() {
        return currency;
    }

    /**
     * Returns the money applied to all items together, fee, interest and principal, in minor units.
     */
    long appliedUnits() {
        return appliedUnits;
    }

    @Override
    public ItemSettlement get(int index) {
        Objects.checkIndex(index, items.length);
        // Two threads may both build an entry, or the array, and one of the equal copies is
        // dropped. ItemSettlement has only final fields, so a read through the race gets it fully
        // built.
        ItemSettlement[] cache = built;
        if (cache == null) {
            cache = new ItemSettlement[items.length];
            built = cache;
        }
        ItemSettlement settlement = cache[index];
        if (settlement == null) {
            settlement = settlement(index);
            cache[index] = settlement;
        }
        return settlement;
    }

    private ItemSettlement settlement(int index) {
        OpenItem item = items[index];
        int at = index * AMOUNTS_PER_ITEM;
        return new ItemSettlement(
                item.invoiceId(),
                item.installment(),
                component(units[at], item.feeUnits(), item.fee()),
                component(units[at + 1], item.interestUnits(), item.interest()),
                component(units[at + 2], item.principalUnits(), item.principal()),
                amount(units[at + 3]),
                amount(units[at + 4]),
                order);
    }

    /**
     * Returns the money applied to one component of an item. When the payment settled the whole
     * component, this is the item's own amount if it is a {@code Money} with Moneta's default
     * context, so that no {@code Money} is parsed again. It is equal to the one {@link
     * #amount(long)} would build, but its number may show another count of trailing zeros.
     */
    private MonetaryAmount component(long settled, long open, MonetaryAmount openAmount) {
        if (settled != 0 && settled == open) {
            return new MinorAmount(settled, currency).toMonetaryAmount(openAmount);
        }
        return amount(settled);
    }

    private MonetaryAmount amount(long units) {
        return new MinorAmount(units, currency).toMonetaryAmount();
    }

    @Override
    public int size() {
        return items.length;
    }

    /** Collects a fixed number of settlements. One thread fills a builder and builds it once. */
    static final class Builder {
        private final CurrencyUnit currency;
        private final ComponentOrder order;
        private final OpenItem[] items;
        private final long[] units;
        private int size;
        private long appliedUnits;
        private MonetaryAmount amount;
        private MonetaryAmount unapplied;
        private MonetaryAmount excessWrittenOff;

        Builder(CurrencyUnit currency, ComponentOrder order, int capacity) {
            this.currency = currency;
            this.order = order;
            this.items = new OpenItem[capacity];
            this.units = new long[capacity * AMOUNTS_PER_ITEM];
        }

        /** Adds the next item's settlement, every amount zero or more in minor units. */
        void add(
                OpenItem item,
                long fee,
                long interest,
                long principal,
                long discount,
                long writeOff) {
            int at = size * AMOUNTS_PER_ITEM;
            items[size] = item;
            units[at] = fee;
            units[at + 1] = interest;
            units[at + 2] = principal;
            units[at + 3] = discount;
            units[at + 4] = writeOff;
            long applied = Math.addExact(Math.addExact(fee, interest), principal);
            appliedUnits = Math.addExact(appliedUnits, applied);
            size++;
        }

        /**
         * Returns the list, with the three amounts of the result it belongs to. {@link
         * AllocationResult} skips converting them again when it receives these same instances.
         *
         * @throws IllegalStateException if fewer settlements were added than the capacity, or the
         *     amount is not the sum of the applied, unapplied and written-off units
         */
        SettlementList build(
                MonetaryAmount amount,
                long amountUnits,
                MonetaryAmount unapplied,
                long unappliedUnits,
                MonetaryAmount excessWrittenOff,
                long excessUnits) {
            if (size != items.length) {
                throw new IllegalStateException(
                        "added " + size + " settlements but the capacity is " + items.length);
            }
            long parts = Math.addExact(Math.addExact(appliedUnits, unappliedUnits), excessUnits);
            if (parts != amountUnits) {
                throw new IllegalStateException(
                        "allocation parts add up to "
                                + parts
                                + " minor units but the amount is "
                                + amountUnits);
            }
            this.amount = amount;
            this.unapplied = unapplied;
            this.excessWrittenOff = excessWrittenOff;
            return new SettlementList(this);
        }
    }
}
