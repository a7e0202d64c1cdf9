package io.github.tahsilat.allocation;

import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.input.InputChecks;
import io.github.tahsilat.internal.money.MinorAmount;
import jakarta.validation.constraints.NotNull;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * The totals of one {@link Allocator#allocateOldestFirst} call, in minor units, with the same
 * amounts as {@link AllocationResult} built as {@code MonetaryAmount}s on each read.
 *
 * <p>Invariant: {@code amountUnits = appliedUnits() + unappliedUnits + excessWrittenOffUnits},
 * every amount is zero or more, and a shortfall is written off on at most one item. What each item
 * received is in the {@code settled} array that the call filled. Immutable and thread-safe.
 *
 * @param currency the currency of every amount
 * @param amountUnits the money allocated, greater than zero
 * @param unappliedUnits money left over, kept as unapplied credit of the counterparty
 * @param excessWrittenOffUnits an excess within the tolerance that was written off
 * @param end one past the index of the last item the money reached; the call wrote {@code
 *     settled[i]} for every {@code i} from its {@code from} up to this index
 * @param writeOffIndex the item whose shortfall within the tolerance was written off, or -1
 * @param writeOffUnits the shortfall written off on that item, zero when there is none
 */
public record CompactAllocation(
        @NotNull CurrencyUnit currency,
        long amountUnits,
        long unappliedUnits,
        long excessWrittenOffUnits,
        int end,
        int writeOffIndex,
        long writeOffUnits) {

    /**
     * Checks the components.
     *
     * @throws InvalidInputException if {@code currency} is missing, {@code amountUnits} is not
     *     greater than zero, another amount or {@code end} is negative, the unapplied and
     *     written-off excess add up to more than the amount, {@code writeOffIndex} is below -1, or
     *     a write-off is given without its item or an item without its write-off
     */
    public CompactAllocation {
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
    }

    private static void requireNonNegative(String field, long value) {
        if (value < 0) {
            throw new InvalidInputException(field, value, "zero or more");
        }
    }

    /** Returns the money applied to items, in minor units. */
    public long appliedUnits() {
        return amountUnits - unappliedUnits - excessWrittenOffUnits;
    }

    /** Returns the money allocated, built on each call. */
    public MonetaryAmount amount() {
        return new MinorAmount(amountUnits, currency).toMonetaryAmount();
    }

    /** Returns the money applied to items, built on each call. */
    public MonetaryAmount applied() {
        return new MinorAmount(appliedUnits(), currency).toMonetaryAmount();
    }

    /** Returns the money left over as unapplied credit, built on each call. */
    public MonetaryAmount unapplied() {
        return new MinorAmount(unappliedUnits, currency).toMonetaryAmount();
    }

    /** Returns the excess within the tolerance that was written off, built on each call. */
    public MonetaryAmount excessWrittenOff() {
        return new MinorAmount(excessWrittenOffUnits, currency).toMonetaryAmount();
    }

    /** Returns the shortfall written off on item {@link #writeOffIndex()}, built on each call. */
    public MonetaryAmount writeOff() {
        return new MinorAmount(writeOffUnits, currency).toMonetaryAmount();
    }
}
