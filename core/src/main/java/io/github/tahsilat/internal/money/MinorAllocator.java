package io.github.tahsilat.internal.money;

import io.github.tahsilat.error.InvalidInputException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Splits an amount of minor units into parts by weights, so that the parts always add up to the
 * whole.
 *
 * <p>Every part but the last is its exact share rounded with the caller's mode, and the last part
 * takes the rest. When the rest would be negative, or more than one minor unit away from the last
 * part's exact share, the split falls back to the largest remainder method: every part gets the
 * floor of its share, and the units left over go one each to the parts with the largest fractional
 * remainders, ties going to the later part. Either way each part is within one minor unit of its
 * exact share and no part has the opposite sign of the total.
 *
 * <p>All arithmetic is exact: shares are compared as numerators over the common weight sum, so no
 * intermediate rounding can move a tie. Stateless and thread-safe.
 */
public final class MinorAllocator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * The maximum number of decimals, and of digits before the decimal point, of one weight. Exact
     * shares need the sum of all weights, whose digit count grows with the spread between the
     * largest and the smallest weight, so this bound keeps a split fast.
     */
    public static final int MAX_WEIGHT_DIGITS = 100;

    private MinorAllocator() {}

    /**
     * Splits {@code total} into {@code parts} equal shares.
     *
     * @throws InvalidInputException if {@code parts} is less than 1, or {@code total} is {@link
     *     Long#MIN_VALUE} minor units
     */
    public static List<MinorAmount> splitEqually(MinorAmount total, int parts, RoundingMode mode) {
        if (parts < 1) {
            throw new InvalidInputException("parts", parts, "a count of at least 1");
        }
        return split(total, Collections.nCopies(parts, BigDecimal.ONE), mode);
    }

    /**
     * Splits {@code total} by percentages that must add up to exactly 100.
     *
     * @throws InvalidInputException if a percentage is negative, has more than {@link
     *     #MAX_WEIGHT_DIGITS} digits before or after the decimal point, or the sum is not 100, or
     *     if {@code total} is {@link Long#MIN_VALUE} minor units
     */
    public static List<MinorAmount> splitByPercentages(
            MinorAmount total, List<BigDecimal> percentages, RoundingMode mode) {
        BigDecimal sum = requireWeights("percentages", percentages);
        if (sum.compareTo(HUNDRED) != 0) {
            throw new InvalidInputException(
                    "percentages",
                    percentages,
                    "percentages that add up to exactly 100, but they add up to "
                            + sum.toPlainString());
        }
        return split(total, percentages, mode);
    }

    /**
     * Splits {@code total} in proportion to {@code ratios}, which need not add up to anything in
     * particular.
     *
     * @throws InvalidInputException if the list is empty, a ratio is negative or has more than
     *     {@link #MAX_WEIGHT_DIGITS} digits before or after the decimal point, all are zero, or
     *     {@code total} is {@link Long#MIN_VALUE} minor units, whose magnitude has no {@code long}
     */
    public static List<MinorAmount> split(
            MinorAmount total, List<BigDecimal> ratios, RoundingMode mode) {
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(mode, "mode");
        BigDecimal weightSum = requireWeights("ratios", ratios);
        if (mode == RoundingMode.UNNECESSARY) {
            throw new InvalidInputException(
                    "mode", mode, "a rounding mode that can round, such as HALF_UP or HALF_EVEN");
        }
        if (total.units() == Long.MIN_VALUE) {
            // Math.abs would return Long.MIN_VALUE itself, and the parts would flip sign.
            String limit = new MinorAmount(Long.MAX_VALUE, total.currency()).toString();
            throw new InvalidInputException(
                    "total", total, "an amount from -" + limit + " to " + limit);
        }
        long magnitude = Math.abs(total.units());
        long[] parts = splitMagnitude(magnitude, ratios, weightSum, mode);
        List<MinorAmount> result = new ArrayList<>(parts.length);
        for (long part : parts) {
            result.add(new MinorAmount(total.units() < 0 ? -part : part, total.currency()));
        }
        return List.copyOf(result);
    }

    private static BigDecimal requireWeights(String field, List<BigDecimal> weights) {
        Objects.requireNonNull(weights, field);
        if (weights.isEmpty()) {
            throw new InvalidInputException(field, weights, "at least one weight");
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal weight : weights) {
            if (weight == null || weight.signum() < 0) {
                throw new InvalidInputException(field, weights, "weights of zero or more");
            }
            if (!hasBoundedDigits(weight)) {
                throw new InvalidInputException(
                        field,
                        weight,
                        "weights with at most "
                                + MAX_WEIGHT_DIGITS
                                + " digits before and after the decimal point");
            }
            sum = sum.add(weight);
        }
        if (sum.signum() == 0) {
            throw new InvalidInputException(field, weights, "at least one weight above zero");
        }
        return sum;
    }

    private static boolean hasBoundedDigits(BigDecimal weight) {
        if (weight.scale() <= MAX_WEIGHT_DIGITS
                && weight.precision() - weight.scale() <= MAX_WEIGHT_DIGITS) {
            return true;
        }
        // Trailing zeros, as in 1.000 at a large scale, add no digits to the sum.
        BigDecimal stripped = weight.stripTrailingZeros();
        return weight.signum() == 0
                || (stripped.scale() <= MAX_WEIGHT_DIGITS
                        && stripped.precision() - stripped.scale() <= MAX_WEIGHT_DIGITS);
    }

    private static long[] splitMagnitude(
            long magnitude, List<BigDecimal> weights, BigDecimal weightSum, RoundingMode mode) {
        int count = weights.size();
        BigDecimal total = BigDecimal.valueOf(magnitude);
        // numerators[i] / weightSum is part i's exact share in minor units.
        BigDecimal[] numerators = new BigDecimal[count];
        for (int i = 0; i < count; i++) {
            numerators[i] = total.multiply(weights.get(i));
        }

        long[] parts = new long[count];
        long assigned = 0;
        for (int i = 0; i < count - 1; i++) {
            parts[i] = numerators[i].divide(weightSum, 0, mode).longValueExact();
            assigned += parts[i];
        }
        long last = magnitude - assigned;
        parts[count - 1] = last;

        BigDecimal lastDeviation =
                BigDecimal.valueOf(last).multiply(weightSum).subtract(numerators[count - 1]).abs();
        if (last < 0 || lastDeviation.compareTo(weightSum) > 0) {
            return largestRemainder(magnitude, numerators, weightSum);
        }
        return parts;
    }

    private static long[] largestRemainder(
            long magnitude, BigDecimal[] numerators, BigDecimal weightSum) {
        int count = numerators.length;
        long[] parts = new long[count];
        BigDecimal[] remainders = new BigDecimal[count];
        long assigned = 0;
        for (int i = 0; i < count; i++) {
            BigDecimal floor = numerators[i].divide(weightSum, 0, RoundingMode.FLOOR);
            parts[i] = floor.longValueExact();
            remainders[i] = numerators[i].subtract(floor.multiply(weightSum));
            assigned += parts[i];
        }
        List<Integer> order = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            order.add(i);
        }
        // Largest remainder first; on a tie the later part comes first.
        order.sort(
                (a, b) -> {
                    int byRemainder = remainders[b].compareTo(remainders[a]);
                    return byRemainder != 0 ? byRemainder : Integer.compare(b, a);
                });
        long left = magnitude - assigned;
        for (int k = 0; k < left; k++) {
            parts[order.get(k)]++;
        }
        return parts;
    }
}
