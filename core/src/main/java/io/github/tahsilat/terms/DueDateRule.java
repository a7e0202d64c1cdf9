package io.github.tahsilat.terms;

import java.util.List;

/**
 * A rule that turns an invoice date into one due date, with no discount.
 *
 * <p>Implementations are immutable and thread-safe records.
 */
public sealed interface DueDateRule extends SinglePaymentTerms
        permits DueOnReceipt,
                NetDays,
                FixedDate,
                DaysThenEndOfMonth,
                EndOfMonthThenDays,
                MonthsAfterEndOfMonth,
                DaysThenEndOfMonthThenDay {

    /** Returns an empty list, because a bare rule has no discounts. */
    @Override
    default List<DiscountTier> discountTiers() {
        return List.of();
    }
}
