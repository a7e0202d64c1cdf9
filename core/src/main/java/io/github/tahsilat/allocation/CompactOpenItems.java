package io.github.tahsilat.allocation;

import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.input.InputChecks;
import io.github.tahsilat.internal.money.MinorAmount;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * Open items of one currency that the host keeps as parallel arrays, which {@link
 * Allocator#allocateOldestFirst} reads without building an {@link OpenItem} per item.
 *
 * <p>Item {@code i} owes {@code fee[i]}, {@code interest[i]} and {@code principal[i]} minor units
 * of {@link #currency()} and falls due on the epoch day {@code dueEpochDays[i]}, as {@link
 * java.time.LocalDate#toEpochDay()} counts it. An item whose three amounts are zero is settled and
 * skipped. The items of one counterparty are a range of indexes in oldest-first order: by due date,
 * then in the order that {@link Allocator#allocate} expects for equal due dates (invoice id, then
 * installment). Compact items carry no early-payment discounts; items with a discount go through
 * {@link Allocator#allocate}.
 *
 * <p>The arrays are not copied, so the host may lower the amounts between calls, for example by
 * what a call settled. Every amount must stay zero or more, and the arrays must not change while a
 * call reads them. The allocator checks every item it reads and rejects a negative amount. An
 * instance is immutable itself and is safe to share between threads that only read the arrays.
 */
public final class CompactOpenItems {

    @NotNull private final CurrencyUnit currency;

    /** Open fees in minor units, or null when every item has none. */
    private final long[] fee;

    /** Open interest in minor units, or null when every item has none. */
    private final long[] interest;

    @NotNull private final long[] principal;
    @NotNull private final int[] dueEpochDays;

    /** Zero in {@link #currency}, which each allocation's totals of zero return. */
    @NotNull private final MonetaryAmount zero;

    private CompactOpenItems(
            CurrencyUnit currency,
            long[] fee,
            long[] interest,
            long[] principal,
            int[] dueEpochDays) {
        this.currency = currency;
        this.fee = fee;
        this.interest = interest;
        this.principal = principal;
        this.dueEpochDays = dueEpochDays;
        this.zero = MinorAmount.zero(currency).toMonetaryAmount();
    }

    /**
     * Returns a view of items with a fee, interest and principal each, without copying the arrays.
     *
     * @param currency the currency of every amount
     * @param fee open costs per item, in minor units, zero or more
     * @param interest open default interest per item, in minor units, zero or more
     * @param principal the open part of each installment, in minor units, zero or more
     * @param dueEpochDays each item's due date as an epoch day
     * @throws InvalidInputException if an argument is missing, the arrays differ in length, an
     *     amount is negative, or the sum of an item's three amounts overflows a long
     */
    public static CompactOpenItems of(
            CurrencyUnit currency,
            long[] fee,
            long[] interest,
            long[] principal,
            int[] dueEpochDays) {
        InputChecks.present(fee, "fee", "an array of minor units, zeros where there is no fee");
        InputChecks.present(
                interest, "interest", "an array of minor units, zeros where there is no interest");
        CompactOpenItems items = principalOnly(currency, principal, dueEpochDays);
        sameLength("fee", fee.length, principal.length);
        sameLength("interest", interest.length, principal.length);
        for (int i = 0; i < principal.length; i++) {
            nonNegative("fee", fee, i);
            nonNegative("interest", interest, i);
            sumWithinLong(fee, interest, principal, i);
        }
        return new CompactOpenItems(currency, fee, interest, principal, dueEpochDays);
    }

    /**
     * Returns a view of items with only a principal outstanding, without copying the arrays.
     *
     * @param currency the currency of every amount
     * @param principal the open part of each installment, in minor units, zero or more
     * @param dueEpochDays each item's due date as an epoch day
     * @throws InvalidInputException if an argument is missing, the arrays differ in length, or an
     *     amount is negative
     */
    public static CompactOpenItems principalOnly(
            CurrencyUnit currency, long[] principal, int[] dueEpochDays) {
        InputChecks.present(currency, "currency", "the currency of every amount");
        InputChecks.present(principal, "principal", "an array of minor units");
        InputChecks.present(dueEpochDays, "dueEpochDays", "an array of epoch days");
        sameLength("dueEpochDays", dueEpochDays.length, principal.length);
        for (int i = 0; i < principal.length; i++) {
            nonNegative("principal", principal, i);
        }
        return new CompactOpenItems(currency, null, null, principal, dueEpochDays);
    }

    private static void sameLength(String field, int length, int expected) {
        if (length != expected) {
            throw new InvalidInputException(
                    field + ".length", length, expected + ", the length of the principal array");
        }
    }

    /** Rejects {@code units[index]} if it is negative. */
    static void nonNegative(String field, long[] units, int index) {
        if (units[index] < 0) {
            throw new InvalidInputException(
                    field + "[" + index + "]", units[index], "minor units, zero or more");
        }
    }

    /**
     * Returns the sum of the three amounts of item {@code index}, all zero or more.
     *
     * @throws InvalidInputException if the sum overflows a long
     */
    private static long sumWithinLong(long[] fee, long[] interest, long[] principal, int index) {
        // The amounts are zero or more, so each subtraction below stays within a long.
        if (interest[index] > Long.MAX_VALUE - fee[index]
                || principal[index] > Long.MAX_VALUE - fee[index] - interest[index]) {
            throw new InvalidInputException(
                    "fee[" + index + "] + interest[" + index + "] + principal[" + index + "]",
                    fee[index] + " + " + interest[index] + " + " + principal[index],
                    "a sum of at most " + Long.MAX_VALUE + " minor units, the range of a long");
        }
        return fee[index] + interest[index] + principal[index];
    }

    /** Returns the currency of every amount. */
    public CurrencyUnit currency() {
        return currency;
    }

    /** Returns the number of items, the length of every array. */
    public int size() {
        return principal.length;
    }

    /**
     * Returns the part of {@code settledUnits} that a compact allocation applied to one component
     * of item {@code index}. The allocator pays an item's components in {@code order}, each in full
     * before the next, so the split follows from the total and the item's amounts as they were
     * during the allocation call. Call this before lowering the item's amounts by what the
     * allocation settled.
     *
     * <p>NOTE: amounts lowered first give a wrong split. The call detects this only when {@code
     * settledUnits} is more than the item then owes; for example, after a payment that settled the
     * whole fee, lowering the fee to zero makes this return 0 for the fee.
     *
     * @param index the item
     * @param settledUnits what the call wrote for the item into its {@code settled} array
     * @param order the component order of the allocator's policy
     * @param component the component asked about
     * @throws InvalidInputException if {@code order} or {@code component} is missing, {@code index}
     *     is not an item's index, or {@code settledUnits} is negative or more than the item owes
     *     now
     */
    public long settledOn(
            int index, long settledUnits, ComponentOrder order, ItemComponent component) {
        if (settledUnits < 0) {
            throw new InvalidInputException(
                    "settledUnits", settledUnits, "the value the allocation wrote, zero or more");
        }
        InputChecks.present(order, "order", "the component order of the allocator's policy");
        InputChecks.present(component, "component", "FEE, INTEREST or PRINCIPAL");
        if (index < 0 || index >= size()) {
            throw new InvalidInputException(
                    "index",
                    index,
                    "an item's index, from 0 and below the number of items, " + size());
        }
        long open = checkedOpen(index);
        if (settledUnits > open) {
            throw new InvalidInputException(
                    "settledUnits",
                    settledUnits,
                    "at most what item "
                            + index
                            + " owes, "
                            + open
                            + ". Call settledOn before lowering the item's amounts by what the"
                            + " allocation settled");
        }
        long left = settledUnits;
        List<ItemComponent> sequence = order.sequence();
        for (int i = 0; i < sequence.size(); i++) {
            ItemComponent current = sequence.get(i);
            long part = Math.min(left, units(current, index));
            if (current == component) {
                return part;
            }
            left -= part;
        }
        throw new IllegalStateException(order + " has no " + component);
    }

    /** Returns the open minor units of one component of item {@code index}. */
    long units(ItemComponent component, int index) {
        return switch (component) {
            case FEE -> fee == null ? 0 : fee[index];
            case INTEREST -> interest == null ? 0 : interest[index];
            case PRINCIPAL -> principal[index];
        };
    }

    /**
     * Returns what item {@code index} owes in minor units, after checking that no amount is
     * negative.
     *
     * @throws InvalidInputException if an amount of the item is negative or the sum of the three
     *     amounts overflows a long
     */
    long checkedOpen(int index) {
        nonNegative("principal", principal, index);
        if (fee == null) {
            return principal[index];
        }
        nonNegative("fee", fee, index);
        nonNegative("interest", interest, index);
        return sumWithinLong(fee, interest, principal, index);
    }

    /** Returns what item {@code index} owes in minor units, once {@link #checkedOpen} passed. */
    long open(int index) {
        if (fee == null) {
            return principal[index];
        }
        return fee[index] + interest[index] + principal[index];
    }

    /** Returns zero in {@link #currency()}. */
    MonetaryAmount zero() {
        return zero;
    }

    /** Returns the due date of item {@code index} as an epoch day. */
    int dueEpochDay(int index) {
        return dueEpochDays[index];
    }
}
