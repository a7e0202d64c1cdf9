package io.github.tahsilat.money;

import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.money.MinorAllocator;
import io.github.tahsilat.internal.money.MinorAmount;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * Splits an amount of money into parts that add up to exactly the whole, in the currency's minor
 * unit.
 *
 * <p>Every part but the last is its exact share rounded with the allocator's rounding mode, and the
 * last part takes the rest, as installment plans usually do: 100.00 EUR in three equal parts is
 * 33.33, 33.33 and 33.34. When the rest would have the opposite sign of the total, or would be more
 * than one minor unit from the last part's exact share, the split uses the largest remainder method
 * instead: every part gets the floor of its share, and the units left over go one each to the parts
 * with the largest fractional remainders, ties going to the later part. Either way, each part is
 * within one minor unit of its exact share.
 *
 * <p>Immutable and thread-safe.
 */
public final class MoneyAllocator {

    private final RoundingMode roundingMode;

    private MoneyAllocator(RoundingMode roundingMode) {
        this.roundingMode = roundingMode;
    }

    /**
     * Returns an allocator that rounds shares with {@code roundingMode}, normally the company's
     * setting.
     *
     * @throws InvalidInputException if {@code roundingMode} is {@link RoundingMode#UNNECESSARY},
     *     which cannot round a share
     */
    public static MoneyAllocator withRounding(RoundingMode roundingMode) {
        Objects.requireNonNull(roundingMode, "roundingMode");
        if (roundingMode == RoundingMode.UNNECESSARY) {
            throw new InvalidInputException(
                    "roundingMode",
                    roundingMode,
                    "a rounding mode that can round, such as HALF_UP or HALF_EVEN");
        }
        return new MoneyAllocator(roundingMode);
    }

    /** Returns the rounding mode this allocator uses for every part but the last. */
    public RoundingMode roundingMode() {
        return roundingMode;
    }

    /**
     * Splits {@code total} into {@code parts} equal shares: 1,000 JPY in three is 333, 333, 334.
     *
     * @throws InvalidInputException if {@code parts} is less than 1, {@code total} has more
     *     decimals than its currency's minor unit, or {@code total} lies outside the range of a
     *     {@code long} count of minor units, from {@code -Long.MAX_VALUE} to {@code Long.MAX_VALUE}
     */
    public List<MonetaryAmount> splitEqually(MonetaryAmount total, int parts) {
        return toMonetary(MinorAllocator.splitEqually(toMinor(total), parts, roundingMode));
    }

    /**
     * Splits {@code total} by percentages that add up to exactly 100: 5.47 EUR at 33.34, 33.33 and
     * 33.33 % is 1.82, 1.82, 1.83.
     *
     * @throws InvalidInputException if a percentage is missing or negative, has more than 100
     *     digits before or after the decimal point, the percentages do not add up to 100, {@code
     *     total} has more decimals than its currency's minor unit, or {@code total} lies outside
     *     the range of a {@code long} count of minor units, from {@code -Long.MAX_VALUE} to {@code
     *     Long.MAX_VALUE}
     */
    public List<MonetaryAmount> splitByPercentages(
            MonetaryAmount total, List<BigDecimal> percentages) {
        return toMonetary(
                MinorAllocator.splitByPercentages(toMinor(total), percentages, roundingMode));
    }

    /**
     * Splits {@code total} in proportion to {@code ratios}, which may add up to anything above
     * zero.
     *
     * @throws InvalidInputException if the list is empty, a ratio is missing or negative, a ratio
     *     has more than 100 digits before or after the decimal point (trailing zeros aside), all
     *     ratios are zero, {@code total} has more decimals than its currency's minor unit, or
     *     {@code total} lies outside the range of a {@code long} count of minor units, from {@code
     *     -Long.MAX_VALUE} to {@code Long.MAX_VALUE}
     */
    public List<MonetaryAmount> splitByRatios(MonetaryAmount total, List<BigDecimal> ratios) {
        return toMonetary(MinorAllocator.split(toMinor(total), ratios, roundingMode));
    }

    private static MinorAmount toMinor(MonetaryAmount total) {
        Objects.requireNonNull(total, "total");
        // An amount with a fraction below the minor unit is a caller's bug: splitting it would
        // hide that fraction in one part, so it is rejected rather than rounded.
        return MinorAmount.of(total, RoundingMode.UNNECESSARY);
    }

    private static List<MonetaryAmount> toMonetary(List<MinorAmount> parts) {
        List<MonetaryAmount> result = new ArrayList<>(parts.size());
        for (MinorAmount part : parts) {
            result.add(part.toMonetaryAmount());
        }
        return List.copyOf(result);
    }
}
