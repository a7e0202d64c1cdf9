package io.github.tahsilat.allocation;

import java.util.List;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * The outcome of one allocation.
 *
 * <p>Invariant: {@code amount = applied() + unapplied + excessWrittenOff}, exactly. Nothing is
 * created or lost.
 *
 * @param amount the money allocated
 * @param settlements the items touched, in the order the money reached them
 * @param unapplied money left over, kept as unapplied credit of the counterparty
 * @param excessWrittenOff an excess within the tolerance that was written off
 */
public record AllocationResult(
        MonetaryAmount amount,
        List<ItemSettlement> settlements,
        MonetaryAmount unapplied,
        MonetaryAmount excessWrittenOff) {

    /**
     * Checks the components, copies the list and checks that the parts add up to the amount.
     *
     * @throws IllegalArgumentException if the parts do not add up to the amount
     */
    public AllocationResult {
        Objects.requireNonNull(amount, "amount");
        settlements = List.copyOf(settlements);
        Objects.requireNonNull(unapplied, "unapplied");
        Objects.requireNonNull(excessWrittenOff, "excessWrittenOff");
        MonetaryAmount sum = unapplied.add(excessWrittenOff);
        for (ItemSettlement settlement : settlements) {
            sum = sum.add(settlement.applied());
        }
        if (!sum.isEqualTo(amount)) {
            throw new IllegalArgumentException(
                    "allocation parts add up to " + sum + " but the amount is " + amount);
        }
    }

    /** Returns the money applied to items. */
    public MonetaryAmount applied() {
        return amount.subtract(unapplied).subtract(excessWrittenOff);
    }
}
