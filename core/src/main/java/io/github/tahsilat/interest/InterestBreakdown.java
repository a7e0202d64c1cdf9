package io.github.tahsilat.interest;

import io.github.tahsilat.internal.money.MinorAmount;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * The result of a late interest calculation: the segments in date order and their total.
 *
 * <p>{@link #total()} is exactly the sum of the segments' amounts. Segments on which the principal
 * is zero are left out, so a fully paid item has no segments and a zero total.
 *
 * @param segments the segments in date order, possibly empty
 * @param total the sum of the segments' amounts, in the principal's currency
 */
public record InterestBreakdown(List<InterestSegment> segments, MonetaryAmount total) {

    /**
     * Copies the segments and checks that the total is their sum.
     *
     * @throws NullPointerException if an argument or segment is {@code null}
     * @throws IllegalArgumentException if {@code total} is not the sum of the segments' amounts
     */
    public InterestBreakdown {
        segments = List.copyOf(segments);
        Objects.requireNonNull(total, "total");
        MinorAmount sum = MinorAmount.zero(total.getCurrency());
        for (InterestSegment segment : segments) {
            sum = sum.plus(MinorAmount.of(segment.amount(), RoundingMode.UNNECESSARY));
        }
        if (!sum.equals(MinorAmount.of(total, RoundingMode.UNNECESSARY))) {
            throw new IllegalArgumentException(
                    "total " + total + " is not the sum of the segments, " + sum);
        }
    }

    /** Returns {@code true} if no interest accrued. */
    public boolean isZero() {
        return total.isZero();
    }
}
