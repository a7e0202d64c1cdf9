package io.github.tahsilat.allocation;

import io.github.tahsilat.internal.money.AmountChecks;
import io.github.tahsilat.internal.money.MinorAmount;
import java.util.List;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * The outcome of one allocation.
 *
 * <p>Invariant: {@code amount = applied() + unapplied + excessWrittenOff}, exactly. Nothing is
 * created or lost.
 *
 * <p>In a result from an {@link Allocator}, {@link #settlements()} builds each {@link
 * ItemSettlement} and its amounts when it is first read.
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
     * Checks the components, copies the list and checks that the parts add up to the amount. The
     * list an {@link Allocator} builds is kept as it is: it is unmodifiable already, and keeps its
     * amounts in minor units until a settlement is read.
     *
     * @throws IllegalArgumentException if the parts do not add up to the amount
     */
    public AllocationResult {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(settlements, "settlements");
        Objects.requireNonNull(unapplied, "unapplied");
        Objects.requireNonNull(excessWrittenOff, "excessWrittenOff");
        if (settlements instanceof SettlementList compact) {
            // The allocator's own list is immutable already. It was checked in minor units with
            // the allocator's amounts, and any other amounts are converted and checked here.
            if (!compact.checkedWith(amount, unapplied, excessWrittenOff)) {
                checkSum(amount, compact, unapplied, excessWrittenOff);
            }
        } else {
            settlements = List.copyOf(settlements);
            checkSum(amount, settlements, unapplied, excessWrittenOff);
        }
    }

    private static void checkSum(
            MonetaryAmount amount,
            SettlementList settlements,
            MonetaryAmount unapplied,
            MonetaryAmount excessWrittenOff) {
        MinorAmount total = AmountChecks.exact("amount", amount);
        MinorAmount parts =
                AmountChecks.exact("unapplied", unapplied)
                        .plus(AmountChecks.exact("excessWrittenOff", excessWrittenOff))
                        .plus(new MinorAmount(settlements.appliedUnits(), settlements.currency()));
        if (!parts.equals(total)) {
            throw new IllegalArgumentException(
                    "allocation parts add up to " + parts + " but the amount is " + total);
        }
    }

    private static void checkSum(
            MonetaryAmount amount,
            List<ItemSettlement> settlements,
            MonetaryAmount unapplied,
            MonetaryAmount excessWrittenOff) {
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
