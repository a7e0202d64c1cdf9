package io.github.tahsilat.allocation;

import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.input.InputChecks;
import io.github.tahsilat.internal.money.MinorAmount;
import jakarta.validation.constraints.NotNull;
import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * The totals of one {@link Allocator#allocateOldestFirst} call, in minor units, with the same
 * amounts as {@link AllocationResult} built as {@code MonetaryAmount}s on each read.
 *
 * <p>Invariant: {@code amountUnits() = appliedUnits() + unappliedUnits() +
 * excessWrittenOffUnits()}, every amount is zero or more, and a shortfall is written off on at most
 * one item. What each item received is in the {@code settled} array that the call filled. Immutable
 * and thread-safe. Two results are equal when their currency, units and indexes are.
 *
 * <p>This is a class rather than a record so that a result can return the caller's own payment
 * amount from {@link #amount()} without building a {@code Money}, which Moneta 1.4.5 does by
 * printing and parsing its number.
 */
public final class CompactAllocation {

    @NotNull private final CurrencyUnit currency;
    private final long amountUnits;
    private final long unappliedUnits;
    private final long excessWrittenOffUnits;
    private final int end;
    private final int writeOffIndex;
    private final long writeOffUnits;

    /** The caller's payment, equal to {@link #amountUnits}, or null when it gave minor units. */
    private final MonetaryAmount paid;

    /** Zero in {@link #currency}, which every total of zero units returns. */
    @NotNull private final MonetaryAmount zero;

    /**
     * Checks the totals.
     *
     * @param currency the currency of every amount
     * @param amountUnits the money allocated, greater than zero
     * @param unappliedUnits money left over, kept as unapplied credit of the counterparty
     * @param excessWrittenOffUnits an excess within the tolerance that was written off
     * @param end one past the index of the last item the money reached
     * @param writeOffIndex the item whose shortfall within the tolerance was written off, or -1
     * @param writeOffUnits the shortfall written off on that item, zero when there is none
     * @throws InvalidInputException if {@code currency} is missing, {@code amountUnits} is not
     *     greater than zero, another amount or {@code end} is negative, the unapplied and
     *     written-off excess add up to more than the amount, {@code writeOffIndex} is below -1 or
     *     not below {@code end}, a write-off is given without its item or an item without its
     *     write-off, or both an excess and an item's shortfall are written off
     */
    public CompactAllocation(
            CurrencyUnit currency,
            long amountUnits,
            long unappliedUnits,
            long excessWrittenOffUnits,
            int end,
            int writeOffIndex,
            long writeOffUnits) {
        this(
                currency,
                amountUnits,
                unappliedUnits,
                excessWrittenOffUnits,
                end,
                writeOffIndex,
                writeOffUnits,
                null,
                null);
    }

    /**
     * Checks the totals and keeps {@code paid}, the caller's payment of {@code amountUnits}, to
     * return from {@link #amount()}, and {@code zero}, the items' zero in {@code currency}, or null
     * to look it up here.
     */
    CompactAllocation(
            CurrencyUnit currency,
            long amountUnits,
            long unappliedUnits,
            long excessWrittenOffUnits,
            int end,
            int writeOffIndex,
            long writeOffUnits,
            MonetaryAmount paid,
            MonetaryAmount zero) {
        InputChecks.present(currency, "currency", "the currency of every amount");
        if (amountUnits <= 0) {
            throw new InvalidInputException("amountUnits", amountUnits, "a number greater than 0");
        }
        requireNonNegative("unappliedUnits", unappliedUnits);
        requireNonNegative("excessWrittenOffUnits", excessWrittenOffUnits);
        requireNonNegative("end", end);
        requireNonNegative("writeOffUnits", writeOffUnits);
        if (unappliedUnits > amountUnits - excessWrittenOffUnits) {
            throw new InvalidInputException(
                    "unappliedUnits",
                    unappliedUnits,
                    "at most amountUnits less excessWrittenOffUnits, "
                            + (amountUnits - excessWrittenOffUnits));
        }
        if (writeOffIndex < -1) {
            throw new InvalidInputException("writeOffIndex", writeOffIndex, "an index or -1");
        }
        if ((writeOffIndex == -1) != (writeOffUnits == 0)) {
            throw new InvalidInputException(
                    "writeOffUnits",
                    writeOffUnits,
                    "0 when writeOffIndex is -1, and more than 0 when it names an item");
        }
        if (writeOffIndex >= end) {
            throw new InvalidInputException(
                    "writeOffIndex", writeOffIndex, "an item the money reached, below end " + end);
        }
        if (writeOffIndex != -1 && excessWrittenOffUnits > 0) {
            throw new InvalidInputException(
                    "excessWrittenOffUnits",
                    excessWrittenOffUnits,
                    "0 when an item's shortfall was written off, since money that fell short of"
                            + " an item left no excess");
        }
        this.currency = currency;
        this.amountUnits = amountUnits;
        this.unappliedUnits = unappliedUnits;
        this.excessWrittenOffUnits = excessWrittenOffUnits;
        this.end = end;
        this.writeOffIndex = writeOffIndex;
        this.writeOffUnits = writeOffUnits;
        this.paid = paid;
        this.zero = zero != null ? zero : MinorAmount.zero(currency).toMonetaryAmount();
    }

    private static void requireNonNegative(String field, long value) {
        if (value < 0) {
            throw new InvalidInputException(field, value, "zero or more");
        }
    }

    /** Returns the currency of every amount. */
    public CurrencyUnit currency() {
        return currency;
    }

    /** Returns the money allocated in minor units, greater than zero. */
    public long amountUnits() {
        return amountUnits;
    }

    /** Returns the money left over as unapplied credit, in minor units. */
    public long unappliedUnits() {
        return unappliedUnits;
    }

    /** Returns the excess within the tolerance that was written off, in minor units. */
    public long excessWrittenOffUnits() {
        return excessWrittenOffUnits;
    }

    /**
     * Returns one past the index of the last item the money reached. The call wrote {@code
     * settled[i]} for every {@code i} from its {@code from} up to this index.
     */
    public int end() {
        return end;
    }

    /** Returns the item whose shortfall within the tolerance was written off, or -1. */
    public int writeOffIndex() {
        return writeOffIndex;
    }

    /** Returns the shortfall written off on item {@link #writeOffIndex()}, in minor units. */
    public long writeOffUnits() {
        return writeOffUnits;
    }

    /** Returns the money applied to items, in minor units. */
    public long appliedUnits() {
        return amountUnits - unappliedUnits - excessWrittenOffUnits;
    }

    /**
     * Returns the money allocated: the caller's own payment amount when it was given as a Moneta
     * {@code Money} with the default context, otherwise an amount built on each call.
     */
    public MonetaryAmount amount() {
        if (paid == null) {
            return MinorAmount.toMonetaryAmount(amountUnits, currency);
        }
        return new MinorAmount(amountUnits, currency).toMonetaryAmount(paid);
    }

    /** Returns the money applied to items, built on each call unless it is zero. */
    public MonetaryAmount applied() {
        return amountOf(appliedUnits());
    }

    /** Returns the money left over as unapplied credit, built on each call unless it is zero. */
    public MonetaryAmount unapplied() {
        return amountOf(unappliedUnits);
    }

    /**
     * Returns the excess within the tolerance that was written off, built on each call unless it is
     * zero.
     */
    public MonetaryAmount excessWrittenOff() {
        return amountOf(excessWrittenOffUnits);
    }

    /**
     * Returns the shortfall written off on item {@link #writeOffIndex()}, built on each call unless
     * it is zero.
     */
    public MonetaryAmount writeOff() {
        return amountOf(writeOffUnits);
    }

    /** Returns {@code units} of the currency, the same zero instance each time for 0. */
    private MonetaryAmount amountOf(long units) {
        return units == 0 ? zero : MinorAmount.toMonetaryAmount(units, currency);
    }

    /**
     * Returns {@code true} if {@code other} is a {@code CompactAllocation} with the same currency,
     * units and indexes.
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof CompactAllocation that
                && amountUnits == that.amountUnits
                && unappliedUnits == that.unappliedUnits
                && excessWrittenOffUnits == that.excessWrittenOffUnits
                && end == that.end
                && writeOffIndex == that.writeOffIndex
                && writeOffUnits == that.writeOffUnits
                && currency.equals(that.currency);
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                currency,
                amountUnits,
                unappliedUnits,
                excessWrittenOffUnits,
                end,
                writeOffIndex,
                writeOffUnits);
    }

    /** Returns the currency, units and indexes in the form a record would print them. */
    @Override
    public String toString() {
        return "CompactAllocation[currency="
                + currency
                + ", amountUnits="
                + amountUnits
                + ", unappliedUnits="
                + unappliedUnits
                + ", excessWrittenOffUnits="
                + excessWrittenOffUnits
                + ", end="
                + end
                + ", writeOffIndex="
                + writeOffIndex
                + ", writeOffUnits="
                + writeOffUnits
                + "]";
    }
}
