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
    static final int AMOUNTS_PER_ITEM = 5;

    /** The offset of the money applied to the fee among an item's amounts. */
    static final int FEE = 0;

    /** The offset of the money applied to the interest among an item's amounts. */
    static final int INTEREST = 1;

    /** The offset of the money applied to the principal among an item's amounts. */
    static final int PRINCIPAL = 2;

    /** The offset of the early-payment discount granted among an item's amounts. */
    static final int DISCOUNT = 3;

    /** The offset of the shortfall written off among an item's amounts. */
    static final int WRITE_OFF = 4;

    private final CurrencyUnit currency;
    private final ComponentOrder order;

    /** The items, of which the first {@link #size} are in the list. */
    private final OpenItem[] items;

    /** {@link #AMOUNTS_PER_ITEM} amounts per item in minor units, in the order of the offsets. */
    private final long[] units;

    private final int size;
    private final long appliedUnits;

    /** The result's amounts, which {@link #of} checked against these settlements in minor units. */
    private final MonetaryAmount checkedAmount;

    private final MonetaryAmount checkedUnapplied;
    private final MonetaryAmount checkedExcessWrittenOff;

    /** The settlements built so far, by index, or null before the first read. */
    private ItemSettlement[] built;

    private SettlementList(
            CurrencyUnit currency,
            ComponentOrder order,
            OpenItem[] items,
            long[] units,
            int size,
            long appliedUnits,
            MonetaryAmount amount,
            MonetaryAmount unapplied,
            MonetaryAmount excessWrittenOff) {
        this.currency = currency;
        this.order = order;
        this.items = items;
        this.units = units;
        this.size = size;
        this.appliedUnits = appliedUnits;
        this.checkedAmount = amount;
        this.checkedUnapplied = unapplied;
        this.checkedExcessWrittenOff = excessWrittenOff;
    }

    /**
     * Returns the list of the first {@code size} items and their amounts, with the three amounts of
     * the result it belongs to. The list takes both arrays without copying them, so the caller must
     * not change them afterwards. {@link AllocationResult} skips converting the three amounts again
     * when it receives these same instances.
     *
     * @param units {@link #AMOUNTS_PER_ITEM} amounts per item, each zero or more, in minor units
     * @throws IllegalStateException if the amount is not the sum of the applied, unapplied and
     *     written-off units
     * @throws ArithmeticException if a sum overflows a long
     */
    static SettlementList of(
            CurrencyUnit currency,
            ComponentOrder order,
            OpenItem[] items,
            long[] units,
            int size,
            MonetaryAmount amount,
            long amountUnits,
            MonetaryAmount unapplied,
            long unappliedUnits,
            MonetaryAmount excessWrittenOff,
            long excessUnits) {
        long appliedUnits = 0;
        for (int at = 0; at < size * AMOUNTS_PER_ITEM; at += AMOUNTS_PER_ITEM) {
            long applied =
                    Math.addExact(
                            Math.addExact(units[at + FEE], units[at + INTEREST]),
                            units[at + PRINCIPAL]);
            appliedUnits = Math.addExact(appliedUnits, applied);
        }
        long parts = Math.addExact(Math.addExact(appliedUnits, unappliedUnits), excessUnits);
        if (parts != amountUnits) {
            throw new IllegalStateException(
                    "allocation parts add up to "
                            + parts
                            + " minor units but the amount is "
                            + amountUnits);
        }
        return new SettlementList(
                currency,
                order,
                items,
                units,
                size,
                appliedUnits,
                amount,
                unapplied,
                excessWrittenOff);
    }

    /**
     * Returns {@code true} if the three amounts are the very instances that {@link #of} checked
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
        Objects.checkIndex(index, size);
        // Two threads may both build an entry, or the array, and one of the equal copies is
        // dropped. ItemSettlement has only final fields, so a read through the race gets it fully
        // built.
        ItemSettlement[] cache = built;
        if (cache == null) {
            cache = new ItemSettlement[size];
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
                component(units[at + FEE], item.feeUnits(), item.fee()),
                component(units[at + INTEREST], item.interestUnits(), item.interest()),
                component(units[at + PRINCIPAL], item.principalUnits(), item.principal()),
                amount(units[at + DISCOUNT]),
                amount(units[at + WRITE_OFF]),
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
        return size;
    }
}
