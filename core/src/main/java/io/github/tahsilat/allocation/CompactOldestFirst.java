package io.github.tahsilat.allocation;

import io.github.tahsilat.error.InvalidInputException;
import javax.money.MonetaryAmount;

/**
 * The oldest-first allocation over {@link CompactOpenItems}, with the rules of the object path in
 * {@link Allocator} for items without discounts and a payment without designations.
 */
final class CompactOldestFirst {

    private CompactOldestFirst() {}

    /**
     * Allocates {@code amountUnits} over items {@code from} up to {@code to} and writes the money
     * applied to each item it reached into {@code settled}. The caller has checked the arguments.
     *
     * @param payment the caller's payment of {@code amountUnits} for the result to return, or null
     * @param toleranceLimit the tolerance limit in minor units, or -1 without a tolerance
     * @throws InvalidInputException if an item read has a negative amount or falls due before the
     *     item before it, in which case {@code settled} is unchanged
     */
    static CompactAllocation allocate(
            long amountUnits,
            MonetaryAmount payment,
            CompactOpenItems items,
            int from,
            int to,
            long[] settled,
            long toleranceLimit,
            Tolerance tolerance) {
        // The first pass checks and measures without writing, so bad input leaves settled as it
        // was. Only the last item reached can stay partly open.
        long remaining = amountUnits;
        int last = -1;
        long lastLeftOpen = 0;
        int end = from;
        // The minimum int, so that the first item of the range always passes the order check.
        int previousDue = Integer.MIN_VALUE;
        while (end < to && remaining > 0) {
            long open = items.checkedOpen(end);
            int due = items.dueEpochDay(end);
            if (due < previousDue) {
                throw new InvalidInputException(
                        "dueEpochDays[" + end + "]",
                        due,
                        "an epoch day on or after the item before, "
                                + previousDue
                                + ", because the items are read oldest first");
            }
            previousDue = due;
            if (open > 0) {
                long paid = Math.min(open, remaining);
                remaining -= paid;
                last = end;
                lastLeftOpen = open - paid;
            }
            end++;
        }
        long left = amountUnits;
        for (int i = from; i < end; i++) {
            long paid = Math.min(items.open(i), left);
            settled[i] = paid;
            left -= paid;
        }
        int writeOffIndex = -1;
        long writeOffUnits = 0;
        long excessWrittenOff = 0;
        if (toleranceLimit >= 0) {
            if (remaining == 0
                    && lastLeftOpen > 0
                    && tolerance.writeOffShortfall()
                    && lastLeftOpen <= toleranceLimit) {
                writeOffIndex = last;
                writeOffUnits = lastLeftOpen;
            }
            if (remaining > 0
                    && last >= 0
                    && tolerance.writeOffExcess()
                    && remaining <= toleranceLimit) {
                excessWrittenOff = remaining;
                remaining = 0;
            }
        }
        return new CompactAllocation(
                items.currency(),
                amountUnits,
                remaining,
                excessWrittenOff,
                end,
                writeOffIndex,
                writeOffUnits,
                payment,
                items.zero());
    }
}
